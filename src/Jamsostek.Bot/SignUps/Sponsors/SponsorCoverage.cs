using Jamsostek.Bot.Shared;
using System.Globalization;
using System.Text;
using Jamsostek.Bot.Data;
using Jamsostek.Bpu;
using Jamsostek.Dialogs.Engine;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.SignUps.Sponsors;

/// <summary>
/// A programme's coverage per village of its regency: covered (approved through its code), pending, invited and not yet
/// confirmed, against the per-village quota; the villages furthest from their quota first (GROUP BY in the database).
/// </summary>
public sealed class SponsorCoverage(IDbContextFactory<BotDbContext> dbFactory, RegionCatalog regions)
{
    public async Task<IReadOnlyList<SponsorCoverageRow>> ByVillageAsync(Sponsor sponsor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sponsor);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var signUps = (await db.SignUps.AsNoTracking()
            .Where(s => s.Source == sponsor.Code && (s.Status == SignUpStatus.Approved || s.Status == SignUpStatus.Pending))
            .GroupBy(s => new { s.VillageCode, s.Status })
            .Select(g => new { g.Key.VillageCode, g.Key.Status, N = g.Count() })
            .ToListAsync(cancellationToken)).ToLookup(c => c.VillageCode);
        var invited = await db.SponsorInvitations.AsNoTracking()
            .Where(i => i.SponsorId == sponsor.Id && i.Status == SponsorInvitationStatus.Invited)
            .GroupBy(i => i.VillageCode)
            .Select(g => new { VillageCode = g.Key, N = g.Count() })
            .ToDictionaryAsync(c => c.VillageCode, c => c.N, cancellationToken);

        var villages = regions.DistrictsOf(sponsor.RegencyCode).SelectMany(d => regions.VillagesOf(d.Code)).ToDictionary(v => v.Code, v => v.Name);
        foreach (var code in signUps.Select(g => g.Key).Concat(invited.Keys).Where(c => !villages.ContainsKey(c)).ToList())
        {
            villages[code] = code; // outside the catalogue: still counted, under its code
        }

        return [.. villages
            .Select(v => new SponsorCoverageRow(v.Key, v.Value, sponsor.QuotaFor(v.Key),
                signUps[v.Key].Where(c => c.Status == SignUpStatus.Approved).Sum(c => c.N),
                signUps[v.Key].Where(c => c.Status == SignUpStatus.Pending).Sum(c => c.N),
                invited.GetValueOrDefault(v.Key)))
            .OrderByDescending(r => r.Gap).ThenBy(r => r.VillageCode, StringComparer.Ordinal)];
    }

    public static string ToCsv(IEnumerable<SponsorCoverageRow> rows)
    {
        var text = new StringBuilder(Csv.Line(["Kode desa", "Desa", "Kuota", "Terlindungi", "Menunggu keputusan", "Diundang belum setuju", "Kurang dari kuota"]));
        foreach (var r in rows)
        {
            text.Append(Csv.Line([r.VillageCode, r.VillageName, Number(r.Quota), Number(r.Covered), Number(r.Pending), Number(r.Invited), Number(r.Gap)]));
        }

        return text.ToString();
    }

    private static string Number(int? n) => n?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
