using Jamsostek.Bot.Data;
using Jamsostek.Bot.Data.Encryption;
using Jamsostek.Bot.SignUps.Sponsors;
using Jamsostek.Dialogs.Engine;
using Microsoft.EntityFrameworkCore;
using Jamsostek.Bot.SignUps;

namespace Jamsostek.Bot.SignUps.Queue;

/// <summary>
/// The officer's queue: oldest first, filtered, 50 a page. Every filter is a WHERE on indexed columns
/// ((Status, CreatedAt), (RegencyCode, Status, CreatedAt), Reference, Nik); only one page is ever loaded.
/// </summary>
public sealed class SignUpQueue(IDbContextFactory<BotDbContext> dbFactory, Decisions.SignUpChecks checks)
{
    public const int PageSize = 50;

    /// <summary>
    /// Names are encrypted, so a name search decrypts in memory: the newest this many sign-ups within the officer's
    /// regencies and the other filters are read; the page says so when there were more.
    /// </summary>
    public const int NameSearchCap = 2000;

    public async Task<QueuePage> PageAsync(QueueFilter filter, OfficerScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = Filter(scope.Apply(db.SignUps.AsNoTracking()), filter, db.Cipher);
        var capped = false;
        var search = QueueSearch.Parse(filter.Search);
        if (search.Kind is QueueSearchKind.Name or QueueSearchKind.NikEnding)
        {
            // Names and NIKs are encrypted: both are matched in memory, on the newest sign-ups within the other filters.
            var candidates = await query.OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id).Take(NameSearchCap + 1)
                .Select(s => new { s.Id, s.FullName, s.Nik }).ToListAsync(cancellationToken);
            capped = candidates.Count > NameSearchCap;
            var ids = candidates.Take(NameSearchCap)
                .Where(c => search.Kind == QueueSearchKind.Name
                    ? c.FullName.Contains(search.Value, StringComparison.OrdinalIgnoreCase)
                    : c.Nik.EndsWith(search.Value, StringComparison.Ordinal))
                .Select(c => c.Id).ToList();
            query = query.Where(s => ids.Contains(s.Id));
        }

        if (filter.NeedsLook || filter.WarningsFirst)
        {
            // The checks are computed, not stored: the newest sign-ups within the other filters are checked in one
            // batch, then filtered and ordered here; the page says so when there were more (as for a name search).
            var candidates = await query.OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id).Take(NameSearchCap + 1).ToListAsync(cancellationToken);
            capped |= candidates.Count > NameSearchCap;
            candidates = [.. candidates.Take(NameSearchCap)];
            var counts = await checks.WarningCountsAsync(candidates, cancellationToken);
            var ordered = candidates.Where(s => !filter.NeedsLook || counts[s.Id] > 0)
                .OrderByDescending(s => filter.WarningsFirst ? counts[s.Id] : 0).ThenBy(s => s.CreatedAt).ThenBy(s => s.Id)
                .Select(s => s.Id).ToList();
            var triagedPage = Math.Clamp(filter.Page, 1, Math.Max(1, (ordered.Count + PageSize - 1) / PageSize));
            var pageIds = ordered.Skip((triagedPage - 1) * PageSize).Take(PageSize).ToList();
            var triagedRows = await RowsAsync(db, query.Where(s => pageIds.Contains(s.Id)), cancellationToken);
            var position = pageIds.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
            return new QueuePage([.. triagedRows.OrderBy(r => position[r.Id]).Select(r => r with { Warnings = counts[r.Id] })], ordered.Count, triagedPage, PageSize, capped);
        }

        var total = await query.CountAsync(cancellationToken);
        var page = Math.Clamp(filter.Page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var rows = await RowsAsync(db, query.OrderBy(s => s.CreatedAt).ThenBy(s => s.Id).Skip((page - 1) * PageSize).Take(PageSize), cancellationToken);
        var rowIds = rows.Select(r => r.Id).ToList();
        var onPage = await db.SignUps.AsNoTracking().Where(s => rowIds.Contains(s.Id)).ToListAsync(cancellationToken);
        var warnings = await checks.WarningCountsAsync(onPage, cancellationToken);
        return new QueuePage([.. rows.Select(r => r with { Warnings = warnings.GetValueOrDefault(r.Id) })], total, page, PageSize, capped);
    }

    private static async Task<List<QueueRow>> RowsAsync(BotDbContext db, IQueryable<SignUp> page, CancellationToken cancellationToken) =>
        await page
            .Select(s => new QueueRow(s.Id, s.Reference, s.FullName, s.Nik, s.RegencyCode, s.VillageCode, s.Occupation, s.Status, s.Source, s.CreatedAt,
                // One indexed look-up per row of the page (EntityType, EntityId, At): the officer sees a second look is due.
                db.AuditEntries.Any(a => a.EntityType == nameof(SignUp) && a.EntityId == s.Reference && a.Action == "resubmitted")))
            .ToListAsync(cancellationToken);

    public static IQueryable<SignUp> Filter(IQueryable<SignUp> query, QueueFilter filter, FieldCipher? cipher)
    {
        // Looking a person up by NIK or reference finds them whatever their status (and the unique index serves it).
        var search = QueueSearch.Parse(filter.Search);
        if (filter.Status != "semua" && !search.IsLookup)
        {
            var status = SignUpStatusCodes.TryParse(filter.Status, out var parsed) ? parsed : SignUpStatus.Pending;
            query = query.Where(s => s.Status == status);
        }

        // An agent's sign-up the worker has not confirmed is nobody's to decide or read yet (Agents/), whatever the
        // filter or search: /petugas/agen counts it per agent.
        query = query.Where(s => s.Status != SignUpStatus.Held);

        if (!string.IsNullOrWhiteSpace(filter.Regency))
        {
            query = query.Where(s => s.RegencyCode == filter.Regency);
        }

        if (!string.IsNullOrWhiteSpace(filter.District))
        {
            query = query.Where(s => s.DistrictCode == filter.District);
        }

        if (!string.IsNullOrWhiteSpace(filter.Village))
        {
            query = query.Where(s => s.VillageCode == filter.Village);
        }

        if (!string.IsNullOrWhiteSpace(filter.Occupation))
        {
            query = query.Where(s => s.Occupation == filter.Occupation);
        }

        if (!string.IsNullOrWhiteSpace(filter.Sponsor))
        {
            query = query.Where(s => s.Source == filter.Sponsor);
        }

        // The days are the chosen regency's own; else the officer's own zone, as the page says.
        var zone = filter.Zone ?? WorkerZone.ForFilter(filter.Regency);
        if (filter.From is { } from)
        {
            var start = WorkerZone.StartOf(from, zone);
            query = query.Where(s => s.CreatedAt >= start);
        }

        if (filter.To is { } to)
        {
            var end = WorkerZone.StartOf(to.AddDays(1), zone);
            query = query.Where(s => s.CreatedAt < end);
        }

        return Search(query, search, cipher);
    }

    /// <summary>The distinct regencies that have sign-ups (the admin's regency choices); an index-only scan.</summary>
    public async Task<IReadOnlyList<string>> RegenciesAsync(OfficerScope scope, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await scope.Apply(db.SignUps.AsNoTracking()).Select(s => s.RegencyCode).Distinct().OrderBy(c => c).ToListAsync(cancellationToken);
    }

    /// <summary>The sponsors the officer may filter by (a petugas: their regencies' sponsors; a sponsor officer: their own).</summary>
    public async Task<IReadOnlyList<Sponsor>> SponsorsAsync(OfficerScope scope, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await scope.Apply(db.Sponsors.AsNoTracking()).OrderBy(p => p.Name).ToListAsync(cancellationToken);
    }

    /// <summary>A NIK or phone by its keyed hash, references as they are; names and NIK endings are matched in memory (<see cref="PageAsync"/>).</summary>
    private static IQueryable<SignUp> Search(IQueryable<SignUp> query, QueueSearch search, FieldCipher? cipher)
    {
        switch (search.Kind)
        {
            case QueueSearchKind.Nik when cipher is null:
                return query.Where(s => s.Nik == search.Value);
            case QueueSearchKind.Nik:
                var nikHash = cipher.Hash(search.Value);
                return query.Where(s => s.NikHash == nikHash);
            case QueueSearchKind.Phone when cipher is null:
                return query.Where(s => s.Phone == search.Value);
            case QueueSearchKind.Phone:
                var phoneHash = cipher.Hash(search.Value);
                return query.Where(s => s.PhoneHash == phoneHash);
            case QueueSearchKind.Reference:
                var references = search.References.ToList();
                return query.Where(s => references.Contains(s.Reference));
            default:
                return query;
        }
    }
}
