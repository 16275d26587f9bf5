using Jamsostek.Bot.Data;
using Jamsostek.Bot.Officers;
using Jamsostek.Bpu;
using Jamsostek.Dialogs.Engine;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.SignUps;

/// <summary>Counts by status per regency and per village (GROUP BY in the database), with sponsors' quotas.</summary>
public sealed class CoverageReport(IDbContextFactory<BotDbContext> dbFactory, RegionCatalog regions)
{
    public async Task<IReadOnlyList<CoverageRow>> ByRegencyAsync(OfficerScope scope, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var counts = await scope.Apply(db.SignUps.AsNoTracking())
            .GroupBy(s => new { s.RegencyCode, s.Status })
            .Select(g => new { g.Key.RegencyCode, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var quotas = await db.Sponsors.AsNoTracking().Where(p => p.Quota != null).ToListAsync(cancellationToken);
        return [.. counts.GroupBy(c => c.RegencyCode).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new CoverageRow(
            g.Key,
            regions.FindRegency(g.Key)?.DisplayName ?? g.Key,
            g.Where(c => c.Status == SignUpStatus.Pending).Sum(c => c.Count),
            g.Where(c => c.Status == SignUpStatus.Approved).Sum(c => c.Count),
            g.Where(c => c.Status == SignUpStatus.Rejected).Sum(c => c.Count),
            g.Where(c => c.Status == SignUpStatus.Withdrawn).Sum(c => c.Count),
            quotas.Where(q => q.RegencyCode == g.Key).Sum(q => q.Quota) is var sum and > 0 ? sum : null))];
    }

    public async Task<IReadOnlyList<CoverageRow>> ByVillageAsync(string regencyCode, OfficerScope scope, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var counts = await scope.Apply(db.SignUps.AsNoTracking())
            .Where(s => s.RegencyCode == regencyCode)
            .GroupBy(s => new { s.VillageCode, s.Status })
            .Select(g => new { g.Key.VillageCode, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var perVillage = await db.Sponsors.AsNoTracking()
            .Where(p => p.RegencyCode == regencyCode && p.QuotaPerVillage != null)
            .SumAsync(p => p.QuotaPerVillage, cancellationToken);
        return [.. counts.GroupBy(c => c.VillageCode).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new CoverageRow(
            g.Key,
            regions.FindVillage(g.Key)?.Name ?? g.Key,
            g.Where(c => c.Status == SignUpStatus.Pending).Sum(c => c.Count),
            g.Where(c => c.Status == SignUpStatus.Approved).Sum(c => c.Count),
            g.Where(c => c.Status == SignUpStatus.Rejected).Sum(c => c.Count),
            g.Where(c => c.Status == SignUpStatus.Withdrawn).Sum(c => c.Count),
            perVillage is > 0 ? perVillage : null))];
    }
}
