using Jamsostek.Bot.Data;
using Jamsostek.Bot.Members;
using Jamsostek.Bot.SignUps;
using Jamsostek.Bpu;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Payments;

/// <summary>
/// Records payments against members' oldest unpaid months, idempotent on the reference: the paid-through month
/// moves, open "sudah bayar" claims for those months close, and reminders about them not yet sent are cancelled
/// (their outbox rows abandoned). An amount unlike the tariff's is recorded and flagged: the money was paid.
/// </summary>
public sealed class PaymentRecorder(IDbContextFactory<BotDbContext> dbFactory, ContributionSchedule schedule, TimeProvider time)
{
    public static readonly int[] AllowedMonths = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

    /// <summary>Checks every item; with <paramref name="allOrNothing"/> one refusal means nothing is recorded.</summary>
    public async Task<IReadOnlyList<PaymentOutcome>> RecordAsync(IReadOnlyList<PaymentInput> items, string source, string? recordedBy, bool allOrNothing, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var outcomes = new List<PaymentOutcome>(items.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            outcomes.Add(await RecordOneAsync(db, item, seen, source, recordedBy, now, cancellationToken));
        }

        if (allOrNothing && outcomes.Any(o => o.Status == PaymentOutcome.Refused))
        {
            await transaction.RollbackAsync(cancellationToken);
            return outcomes;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return outcomes;
    }

    private async Task<PaymentOutcome> RecordOneAsync(BotDbContext db, PaymentInput item, HashSet<string> seen, string source, string? recordedBy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var reference = item.Reference?.Trim() ?? string.Empty;
        if (reference.Length is 0 or > 100)
        {
            return PaymentOutcome.Refuse(reference, "referensi kosong atau lebih dari 100 karakter");
        }

        if (!seen.Add(reference))
        {
            return PaymentOutcome.Refuse(reference, "referensi yang sama muncul dua kali");
        }

        if (!AllowedMonths.Contains(item.Months))
        {
            return PaymentOutcome.Refuse(reference, "jumlah bulan harus 1 sampai 12");
        }

        if (item.PaidAt == DateTimeOffset.MinValue)
        {
            return PaymentOutcome.Refuse(reference, "waktu bayar (paid_at) kosong");
        }

        if (item.Amount <= 0)
        {
            return PaymentOutcome.Refuse(reference, "jumlah uang harus lebih dari 0");
        }

        var member = await db.Members.SingleOrDefaultAsync(m => m.Kpj == item.Kpj, cancellationToken);
        if (member is null)
        {
            return PaymentOutcome.Refuse(reference, $"KPJ {item.Kpj} bukan peserta yang tercatat");
        }

        if (member.Nik != item.Nik)
        {
            return PaymentOutcome.Refuse(reference, $"NIK tidak sesuai dengan peserta KPJ {item.Kpj}");
        }

        if (await db.Payments.AsNoTracking().FirstOrDefaultAsync(p => p.Reference == reference, cancellationToken) is { } earlier)
        {
            return earlier.MemberId == member.Id
                ? new PaymentOutcome(reference, PaymentOutcome.Duplicate, null, member.Id, member.PaidThrough, earlier.AmountMismatch, earlier.ExpectedAmount)
                : PaymentOutcome.Refuse(reference, "referensi ini sudah dipakai pembayaran peserta lain");
        }

        var terms = member.Terms();
        var first = terms.NextUnpaidMonth;
        var expected = member.PaysSelf ? schedule.AmountFor(terms, first, item.Months) : item.Amount;
        var paidThrough = first.AddMonths(item.Months - 1);
        db.Payments.Add(new Payment
        {
            MemberId = member.Id,
            Reference = reference,
            FirstMonth = first,
            Months = item.Months,
            Amount = item.Amount,
            ExpectedAmount = expected,
            AmountMismatch = item.Amount != expected,
            PaidAt = item.PaidAt.ToUniversalTime(),
            RecordedAt = now,
            Source = source,
            RecordedBy = recordedBy,
        });
        member.PaidThrough = paidThrough;
        await CloseClaimsAndCancelRemindersAsync(db, member.Id, paidThrough, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken); // inside the caller's transaction: the next item sees this one
        return new PaymentOutcome(reference, PaymentOutcome.Recorded, null, member.Id, paidThrough, item.Amount != expected, expected);
    }

    private static async Task CloseClaimsAndCancelRemindersAsync(BotDbContext db, long memberId, DateOnly paidThrough, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var claim in await db.PaymentClaims.Where(c => c.MemberId == memberId && c.ClosedAt == null && c.ContributionMonth <= paidThrough).ToListAsync(cancellationToken))
        {
            claim.ClosedAt = now;
        }

        // Read without the outbox row: whether it may still be abandoned is decided by the conditional update.
        var unsent = await db.Reminders
            .Where(r => r.MemberId == memberId && r.CancelledAt == null && r.ContributionMonth <= paidThrough
                && r.OutboxMessage != null && r.OutboxMessage.SentAt == null && r.OutboxMessage.AbandonedAt == null)
            .ToListAsync(cancellationToken);
        await Reminders.ReminderCancellation.CancelUnsentAsync(db, unsent, now, cancellationToken);
    }
}
