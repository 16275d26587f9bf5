using Jamsostek.Bot.Shared;
using Jamsostek.Bot.Conversations;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.Handoffs;
using Jamsostek.Bot.Outbox;
using Jamsostek.Dialogs.Engine;
using Microsoft.EntityFrameworkCore;
using Jamsostek.Bot.Audit;
using Jamsostek.Bot.SignUps;

namespace Jamsostek.Bot.Officers.Handoffs;

/// <summary>
/// Workers' requests to talk to a person ("hubungi petugas"), for the console. A request belongs to the regency of
/// the participant who asked (known once they submitted a sign-up); a petugas sees their regencies' requests, a
/// request of no known regency is seen by admins only (nobody else can tell whose it is).
/// </summary>
public sealed class HandoffInbox(IDbContextFactory<BotDbContext> dbFactory, OutboxSignal outboxSignal, TimeProvider time)
{
    public const int MaxReplyLength = 1000;

    public const string ReplyHeading = "Pesan dari petugas BPJS Ketenagakerjaan:";

    public const int PageSize = 50;

    /// <summary>The first page of open requests, oldest first.</summary>
    public async Task<IReadOnlyList<HandoffRow>> OpenAsync(OfficerScope scope, CancellationToken cancellationToken = default) =>
        (await OpenPageAsync(scope, 1, cancellationToken)).Rows;

    /// <summary>Page <paramref name="page"/> (1-based; beyond the last gives the last) of the open requests, oldest first.</summary>
    public async Task<HandoffPage> OpenPageAsync(OfficerScope scope, int page, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var total = await Open(db, scope).CountAsync(cancellationToken);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pages);
        var rows = await Open(db, scope)
            .OrderBy(x => x.Request.CreatedAt).ThenBy(x => x.Request.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(x => new { x.Request.Id, x.Request.Channel, x.Request.ChatId, x.RegencyCode, x.Phone, x.Request.Question, x.Request.CreatedAt })
            .ToListAsync(cancellationToken);
        var withContext = await HandoffContext.AddAsync(
            db, [.. rows.Select(r => (new HandoffRow(r.Id, r.Channel, PersonalData.MaskContact(r.Channel, r.ChatId, r.Phone), r.RegencyCode, r.Question, r.CreatedAt), r.ChatId))], scope, cancellationToken);
        return new HandoffPage(withContext, total, page, PageSize);
    }

    /// <summary>Handled requests, most recently closed first: what was asked, who handled it and when.</summary>
    public async Task<HandoffPage> ClosedPageAsync(OfficerScope scope, int page, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var closed = Scoped(db, scope, open: false);
        var total = await closed.CountAsync(cancellationToken);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pages);
        var rows = await closed
            .OrderByDescending(x => x.Request.ClosedAt).ThenByDescending(x => x.Request.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(x => new { x.Request.Id, x.Request.Channel, x.Request.ChatId, x.RegencyCode, x.Phone, x.Request.Question, x.Request.CreatedAt, x.Request.ClosedAt, x.Request.ClosedBy })
            .ToListAsync(cancellationToken);
        var withContext = await HandoffContext.AddAsync(
            db, [.. rows.Select(r => (new HandoffRow(r.Id, r.Channel, PersonalData.MaskContact(r.Channel, r.ChatId, r.Phone), r.RegencyCode, r.Question, r.CreatedAt) { ClosedAt = r.ClosedAt, ClosedBy = r.ClosedBy }, r.ChatId))], scope, cancellationToken);
        return new HandoffPage(withContext, total, page, PageSize);
    }

    public async Task<int> OpenCountAsync(OfficerScope scope, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await Open(db, scope).CountAsync(cancellationToken);
    }

    /// <summary>Sends the officer's text to the worker's chat (an outbox row) and, when asked, closes the request; audited.</summary>
    public async Task<HandoffResult> ReplyAsync(long id, string? text, bool close, OfficerScope scope, CancellationToken cancellationToken = default)
    {
        text = text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return HandoffResult.Refused("Tulis balasan untuk pekerja.");
        }

        if (text.Length > MaxReplyLength)
        {
            return HandoffResult.Refused($"Balasan terlalu panjang (paling banyak {MaxReplyLength} karakter).");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await FindOpenAsync(db, id, scope, cancellationToken) is not { } request)
        {
            return HandoffResult.Missing;
        }

        var now = time.GetUtcNow();
        db.OutboxMessages.Add(OutboxChoices.ToOutbox(Reply.Plain($"{ReplyHeading}\n\n{text}"), request.Channel, request.ChatId, turnMessageId: null, now));
        db.AuditEntries.Add(Audit(now, scope, "handoff-replied", request, new { reply = text }));
        if (close)
        {
            Close(db, request, scope, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        outboxSignal.Poke(); // the reply goes now, not at the next outbox poll
        return HandoffResult.Done;
    }

    public async Task<HandoffResult> CloseAsync(long id, OfficerScope scope, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await FindOpenAsync(db, id, scope, cancellationToken) is not { } request)
        {
            return HandoffResult.Missing;
        }

        Close(db, request, scope, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return HandoffResult.Done;
    }

    private static void Close(BotDbContext db, HandoffRequest request, OfficerScope scope, DateTimeOffset now)
    {
        request.ClosedAt = now;
        request.ClosedBy = scope.UserName;
        db.AuditEntries.Add(Audit(now, scope, "handoff-closed", request, new { closedBy = scope.UserName }));
    }

    private static async Task<HandoffRequest?> FindOpenAsync(BotDbContext db, long id, OfficerScope scope, CancellationToken cancellationToken)
    {
        var found = await Open(db, scope).Where(x => x.Request.Id == id).Select(x => x.Request.Id).AnyAsync(cancellationToken);
        return found ? await db.HandoffRequests.SingleAsync(h => h.Id == id, cancellationToken) : null;
    }

    private static IQueryable<OpenRequest> Open(BotDbContext db, OfficerScope scope) => Scoped(db, scope, open: true);

    private static IQueryable<OpenRequest> Scoped(BotDbContext db, OfficerScope scope, bool open)
    {
        var requests = open ? db.HandoffRequests.AsNoTracking().Where(h => h.ClosedAt == null) : db.HandoffRequests.AsNoTracking().Where(h => h.ClosedAt != null);
        var query =
            from h in requests
            join p in db.Participants.AsNoTracking() on new { h.Channel, h.ChatId } equals new { p.Channel, p.ChatId } into asked
            from p in asked.DefaultIfEmpty()
            select new OpenRequest { Request = h, RegencyCode = p == null ? null : p.RegencyCode, Phone = p == null ? null : p.Phone };
        if (scope.AllRegencies)
        {
            return query;
        }

        var regencies = scope.Regencies.ToList();
        return query.Where(x => x.RegencyCode != null && regencies.Contains(x.RegencyCode));
    }

    private static AuditEntry Audit(DateTimeOffset now, OfficerScope scope, string action, HandoffRequest request, object after) =>
        AuditEntry.Of(now, $"petugas:{scope.UserName}", action, nameof(HandoffRequest), request.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), after);

    private sealed class OpenRequest
    {
        public required HandoffRequest Request { get; init; }

        public string? RegencyCode { get; init; }

        public string? Phone { get; init; }
    }
}
