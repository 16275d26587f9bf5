using Jamsostek.Bot.Data;
using Jamsostek.Bot.SignUps.Sponsors;
using Jamsostek.Dialogs.Engine;
using Microsoft.EntityFrameworkCore;
using Jamsostek.Bot.SignUps;

namespace Jamsostek.Bot.SignUps.Queue;

/// <summary>
/// The officer's queue: oldest first, filtered, 50 a page. Every filter is a WHERE on indexed columns
/// ((Status, CreatedAt), (RegencyCode, Status, CreatedAt), Reference, Nik); only one page is ever loaded.
/// </summary>
public sealed class SignUpQueue(IDbContextFactory<BotDbContext> dbFactory)
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
        if (NameOf(filter.Search?.Trim()) is { } name)
        {
            var candidates = await query.OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id).Take(NameSearchCap + 1)
                .Select(s => new { s.Id, s.FullName }).ToListAsync(cancellationToken);
            capped = candidates.Count > NameSearchCap;
            var ids = candidates.Take(NameSearchCap).Where(c => c.FullName.Contains(name, StringComparison.OrdinalIgnoreCase)).Select(c => c.Id).ToList();
            query = query.Where(s => ids.Contains(s.Id));
        }

        var total = await query.CountAsync(cancellationToken);
        var page = Math.Clamp(filter.Page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var rows = await query
            .OrderBy(s => s.CreatedAt).ThenBy(s => s.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(s => new QueueRow(s.Id, s.Reference, s.FullName, s.Nik, s.RegencyCode, s.VillageCode, s.Occupation, s.Status, s.Source, s.CreatedAt,
                // One indexed look-up per row of the page (EntityType, EntityId, At): the officer sees a second look is due.
                db.AuditEntries.Any(a => a.EntityType == nameof(SignUp) && a.EntityId == s.Reference && a.Action == "resubmitted")))
            .ToListAsync(cancellationToken);
        return new QueuePage(rows, total, page, PageSize, capped);
    }

    public static IQueryable<SignUp> Filter(IQueryable<SignUp> query, QueueFilter filter, Privacy.Encryption.FieldCipher? cipher)
    {
        // Looking a person up by NIK or reference finds them whatever their status (and the unique index serves it).
        if (filter.Status != "semua" && !IsLookup(filter.Search?.Trim()))
        {
            var status = SignUpStatusCodes.TryParse(filter.Status, out var parsed) ? parsed : SignUpStatus.Pending;
            query = query.Where(s => s.Status == status);
        }

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

        // The days are the chosen regency's own; WIB (as the page says) when no regency is chosen.
        var zone = WorkerZone.ForFilter(filter.Regency);
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

        return Search(query, filter.Search?.Trim(), cipher);
    }

    /// <summary>The distinct regencies that have sign-ups (the admin's regency choices); an index-only scan.</summary>
    public async Task<IReadOnlyList<string>> RegenciesAsync(OfficerScope scope, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await scope.Apply(db.SignUps.AsNoTracking()).Select(s => s.RegencyCode).Distinct().OrderBy(c => c).ToListAsync(cancellationToken);
    }

    /// <summary>The sponsors the officer may filter by (a petugas: their regencies' sponsors).</summary>
    public async Task<IReadOnlyList<Sponsor>> SponsorsAsync(OfficerScope scope, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var regencies = scope.Regencies.ToList();
        return await db.Sponsors.AsNoTracking()
            .Where(p => scope.AllRegencies || regencies.Contains(p.RegencyCode))
            .OrderBy(p => p.Name).ToListAsync(cancellationToken);
    }

    /// <summary>A 16-digit NIK or a BPU- reference: a look-up of one person rather than a search.</summary>
    public static bool IsLookup(string? search) =>
        !string.IsNullOrEmpty(search) && (search.StartsWith("BPU-", StringComparison.OrdinalIgnoreCase) || NikOf(search) is not null);

    private static string? NikOf(string search)
    {
        var digits = new string(search.Where(char.IsAsciiDigit).ToArray());
        return digits.Length == 16 && digits.Length >= search.Replace(" ", string.Empty, StringComparison.Ordinal).Length ? digits : null;
    }

    private static string? NameOf(string? search) =>
        string.IsNullOrEmpty(search) || IsLookup(search) ? null : search;

    /// <summary>A NIK by its keyed hash, a reference as it is; a name is searched in memory (<see cref="PageAsync"/>).</summary>
    private static IQueryable<SignUp> Search(IQueryable<SignUp> query, string? search, Privacy.Encryption.FieldCipher? cipher)
    {
        if (string.IsNullOrEmpty(search))
        {
            return query;
        }

        if (NikOf(search) is { } nik)
        {
            if (cipher is null)
            {
                return query.Where(s => s.Nik == nik);
            }

            var hash = cipher.Hash(nik);
            return query.Where(s => s.NikHash == hash);
        }

        if (search.StartsWith("BPU-", StringComparison.OrdinalIgnoreCase))
        {
            var reference = search.ToUpperInvariant();
            return query.Where(s => s.Reference == reference);
        }

        return query;
    }
}
