using Jamsostek.Bot.Data;
using Jamsostek.Bot.Outbox;
using Jamsostek.Bpu;
using Jamsostek.Dialogs.Engine;
using Microsoft.EntityFrameworkCore;
using Jamsostek.Bot.Audit;
using Jamsostek.Bot.SignUps;

namespace Jamsostek.Bot.SignUps.Decisions;

/// <summary>
/// Approve or reject a pending sign-up (officer pages and CLI): the status, an audit entry, the worker's
/// notification (an outbox row) and, on approval, the member are written in one transaction.
/// </summary>
public sealed class SignUpDecisions(IDbContextFactory<BotDbContext> dbFactory, Tariff tariff, HolidayCalendar calendar, OutboxSignal outboxSignal, TimeProvider time)
{
    public async Task<DecisionResult> ApproveAsync(long id, string? kpj, OfficerScope scope, CancellationToken cancellationToken = default)
    {
        kpj = KpjNumber.Normalise(kpj?.Trim());
        if (KpjNumber.Problem(kpj) is { } problem)
        {
            return DecisionResult.Refused(problem);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (signUp, refusal) = await FindPendingAsync(db, id, scope, cancellationToken);
        if (signUp is null)
        {
            return refusal!;
        }

        if (await db.SignUps.AnyAsync(s => s.Kpj == kpj && s.Status == SignUpStatus.Approved, cancellationToken))
        {
            return DecisionResult.Refused($"Nomor KPJ {kpj} sudah dipakai pendaftaran lain.");
        }

        var now = time.GetUtcNow();
        var before = SignUpSnapshot.Of(signUp);
        signUp.Status = SignUpStatus.Approved;
        signUp.Kpj = kpj;
        signUp.DecidedAt = now;
        signUp.DecidedBy = scope.UserName;
        signUp.RejectionReason = null;
        signUp.UpdatedAt = now;
        var today = DateOnly.FromDateTime(WorkerZone.Of(signUp.RegencyCode).ToLocal(now).DateTime);
        var sponsor = signUp.Source is null ? null : await db.Sponsors.AsNoTracking().FirstOrDefaultAsync(p => p.Code == signUp.Source, cancellationToken);
        var first = FirstPayment.For(tariff, calendar, signUp, today, sponsored: sponsor is not null);
        IReadOnlyList<Reply> messages = sponsor is null ? DecisionMessages.ApprovedMessages(signUp, first)
            : MemberFromSignUp.OwnPrograms(signUp, sponsor) is { Count: > 0 } own
                ? DecisionMessages.ApprovedPartlySponsored(signUp, sponsor, FirstPayment.For(tariff, calendar, signUp, today, sponsored: false, own))
                : [DecisionMessages.ApprovedSponsored(signUp, sponsor)];
        MemberFromSignUp.AddTo(db, signUp, first.Month, sponsor, now); // the approval makes the member, same transaction
        await AddDecisionAsync(db, signUp, "approved", scope.UserName, before, messages, now, cancellationToken);
        return await CommitAsync(db, transaction, signUp, cancellationToken);
    }

    public async Task<DecisionResult> RejectAsync(long id, string? reasonCode, string? note, OfficerScope scope, CancellationToken cancellationToken = default)
    {
        var reason = RejectionReason.Find(reasonCode);
        if (reason is null)
        {
            return DecisionResult.Refused("Pilih alasan penolakan.");
        }

        if (reason.Code == RejectionReason.Other && string.IsNullOrWhiteSpace(note))
        {
            return DecisionResult.Refused("Untuk alasan lain, tulis keterangan untuk pekerja.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (signUp, refusal) = await FindPendingAsync(db, id, scope, cancellationToken);
        if (signUp is null)
        {
            return refusal!;
        }

        var now = time.GetUtcNow();
        var before = SignUpSnapshot.Of(signUp);
        signUp.Status = SignUpStatus.Rejected;
        signUp.RejectionReason = DecisionMessages.ReasonText(reason, note);
        signUp.DecidedAt = now;
        signUp.DecidedBy = scope.UserName;
        signUp.UpdatedAt = now;
        await AddDecisionAsync(db, signUp, "rejected", scope.UserName, before, [DecisionMessages.Rejected(signUp, reason, note)], now, cancellationToken);
        return await CommitAsync(db, transaction, signUp, cancellationToken);
    }

    /// <summary>The reason list's entry whose label is the text, else "lainnya" with the text as the note (CLI --reason).</summary>
    public static (string Code, string? Note) ReasonFromText(string text)
    {
        var trimmed = text.Trim();
        return RejectionReason.All.FirstOrDefault(r => r.Code == trimmed || string.Equals(r.Label, trimmed, StringComparison.OrdinalIgnoreCase)) is { } known
            ? (known.Code, null)
            : (RejectionReason.Other, trimmed);
    }

    /// <summary>The officer's pending sign-up, or why there is none to decide (another regency's id reads as missing).</summary>
    private static async Task<(SignUp? SignUp, DecisionResult? Refusal)> FindPendingAsync(BotDbContext db, long id, OfficerScope scope, CancellationToken cancellationToken)
    {
        var signUp = await scope.Apply(db.SignUps).SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        return signUp switch
        {
            null or { Status: SignUpStatus.Held } => (null, DecisionResult.Missing),
            _ when scope.SponsorOnly => (null, DecisionResult.Refused("Petugas sponsor melihat pendaftaran programnya, tetapi keputusan diambil petugas BPJS Ketenagakerjaan.")),
            { Status: not SignUpStatus.Pending } => (null, DecisionResult.Refused($"Pendaftaran {signUp.Reference} sudah {StatusLabels.Of(signUp.Status).ToLowerInvariant()}, tidak menunggu keputusan.")),
            _ => (signUp, null),
        };
    }

    private static async Task AddDecisionAsync(
        BotDbContext db, SignUp signUp, string action, string officer, object before, IReadOnlyList<Reply> replies, DateTimeOffset now, CancellationToken cancellationToken)
    {
        db.AuditEntries.Add(AuditEntry.Of(now, $"petugas:{officer}", action, nameof(SignUp), signUp.Reference, SignUpSnapshot.Of(signUp), before));

        // The worker hears it in the chat they used last (they may have registered on Telegram and written since on WhatsApp).
        var (channel, chatId) = (await Chats.SignUpChats.LastUsedAsync(db, [(signUp.Id, signUp.Channel, signUp.ChatId)], cancellationToken))
            .GetValueOrDefault(signUp.Id, (signUp.Channel, signUp.ChatId));
        for (var i = 0; i < replies.Count; i++)
        {
            var row = OutboxChoices.ToOutbox(replies[i], channel, chatId, turnMessageId: null, now);

            // The first message carries the decision's template values (WhatsApp outside its window announces it with
            // them); the rest follow it in the chat's order.
            db.OutboxMessages.Add(i == 0
                ? OutboxNotice.Tag(row, OutboxNotice.Decision, ("nama", signUp.FullName), ("nomor", signUp.Kpj ?? signUp.Reference))
                : row);
        }
    }

    private async Task<DecisionResult> CommitAsync(BotDbContext db, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction, SignUp signUp, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            outboxSignal.Poke(); // the worker's notice goes now, not at the next outbox poll
            return DecisionResult.Done(signUp.Reference);
        }
        catch (DbUpdateConcurrencyException)
        {
            return DecidedMeanwhile(signUp);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            // On PostgreSQL the other officer's member row may collide first (unique sign-up id), before the token is checked.
            await using var check = await dbFactory.CreateDbContextAsync(cancellationToken);
            return await check.SignUps.AnyAsync(s => s.Id == signUp.Id && s.Status != SignUpStatus.Pending, cancellationToken)
                ? DecidedMeanwhile(signUp)
                : DecisionResult.Refused($"Nomor KPJ {signUp.Kpj} sudah dipakai pendaftaran lain.");
        }
    }

    /// <summary>Another officer (another tab, another host) decided it between our read and our write: nothing of ours was saved.</summary>
    private static DecisionResult DecidedMeanwhile(SignUp signUp) =>
        DecisionResult.Refused($"Pendaftaran {signUp.Reference} baru saja diputuskan oleh petugas lain; keputusan Anda tidak disimpan. Muat ulang halaman untuk melihat keputusannya.");
}
