using Jamsostek.Bot.Data;
using Jamsostek.Bot.SignUps.Sponsors;
using Jamsostek.Bpu;
using Jamsostek.Dialogs.Engine;
using Microsoft.EntityFrameworkCore;
using Jamsostek.Bot.SignUps;

namespace Jamsostek.Bot.SignUps.Coverage;

/// <summary>
/// Counts by status per regency and per village (GROUP BY in the database), with sponsors' quotas. Villages come
/// from the region catalogue, so a village nobody signed up from shows at zero against its quota. A sponsor's quota
/// counts only its own approved sign-ups; a regency quota is the sponsor's own, else villages × per-village quota.
/// Rows come busiest first (most sign-ups), the catalogue's order among equals.
/// </summary>
public sealed class CoverageReport(IDbContextFactory<BotDbContext> dbFactory, RegionCatalog regions)
{
    public async Task<IReadOnlyList<CoverageRow>> ByRegencyAsync(OfficerScope scope, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var counts = await scope.Apply(db.SignUps.AsNoTracking())
            .GroupBy(s => new { s.RegencyCode, s.Status, s.Source })
            .Select(g => new Count(g.Key.RegencyCode, g.Key.Status, g.Key.Source, g.Count()))
            .ToListAsync(cancellationToken);
        var sponsors = await db.Sponsors.AsNoTracking().Where(p => p.Quota != null || p.QuotaPerVillage != null).ToListAsync(cancellationToken);
        var invited = await InvitedAsync(db, scope, null, cancellationToken);
        var byRegency = counts.ToLookup(c => c.Code);
        return [.. byRegency.Select(g => g.Key).Union(invited.Keys, StringComparer.Ordinal)
            .OrderByDescending(code => byRegency[code].Sum(c => c.N)).ThenBy(code => code, StringComparer.Ordinal).Select(code =>
        {
            var own = sponsors.Where(p => p.RegencyCode == code).ToList();
            var quota = own.Sum(p => p.Quota ?? (p.QuotaPerVillage * VillageCount(code)) ?? 0);
            return Row(code, regions.FindRegency(code)?.DisplayName ?? code, [.. byRegency[code]], quota > 0 ? quota : null, own)
                with { Invited = invited.GetValueOrDefault(code) };
        })];
    }

    public async Task<IReadOnlyList<CoverageRow>> ByVillageAsync(string regencyCode, OfficerScope scope, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var counts = (await scope.Apply(db.SignUps.AsNoTracking())
            .Where(s => s.RegencyCode == regencyCode)
            .GroupBy(s => new { s.VillageCode, s.Status, s.Source })
            .Select(g => new Count(g.Key.VillageCode, g.Key.Status, g.Key.Source, g.Count()))
            .ToListAsync(cancellationToken)).ToLookup(c => c.Code);
        var own = await db.Sponsors.AsNoTracking().Where(p => p.RegencyCode == regencyCode && p.QuotaPerVillage != null).ToListAsync(cancellationToken);
        var perVillage = own.Sum(p => p.QuotaPerVillage ?? 0);
        var villages = regions.DistrictsOf(regencyCode)
            .SelectMany(d => regions.VillagesOf(d.Code).Select(v => (v.Code, v.Name, District: "Kec. " + d.Name))).ToList();
        var invited = await InvitedAsync(db, scope, regencyCode, cancellationToken);
        // A sign-up whose village is not in the catalogue still counts, under its code.
        villages.AddRange(counts.Select(g => g.Key).Union(invited.Keys).Where(code => villages.All(v => v.Code != code)).Select(code => (code, code, string.Empty)));
        // Busiest first (then the catalogue's order): the villages that need a look lead, the rows at zero trail.
        return [.. villages
            .Select(v => Row(v.Code, v.Name, [.. counts[v.Code]], perVillage > 0 ? perVillage : null, own) with { District = v.District, Invited = invited.GetValueOrDefault(v.Code) })
            .OrderByDescending(r => r.Total + r.Invited).ThenBy(r => r.Code, StringComparer.Ordinal)];
    }

    /// <summary>Invitations not yet answered, per regency (<paramref name="regencyCode"/> null) or per village of that regency.</summary>
    private static async Task<Dictionary<string, int>> InvitedAsync(BotDbContext db, OfficerScope scope, string? regencyCode, CancellationToken cancellationToken)
    {
        var query = db.SponsorInvitations.AsNoTracking().Where(i => i.Status == SponsorInvitationStatus.Invited);
        if (!scope.AllRegencies)
        {
            var regencies = scope.Regencies.ToList();
            query = query.Where(i => regencies.Contains(i.RegencyCode));
        }

        return regencyCode is null
            ? await query.GroupBy(i => i.RegencyCode).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.N, cancellationToken)
            : await query.Where(i => i.RegencyCode == regencyCode).GroupBy(i => i.VillageCode).Select(g => new { g.Key, N = g.Count() })
                .ToDictionaryAsync(g => g.Key, g => g.N, cancellationToken);
    }

    private int VillageCount(string regencyCode) => regions.DistrictsOf(regencyCode).Sum(d => regions.VillagesOf(d.Code).Count);

    private static CoverageRow Row(string code, string name, IReadOnlyList<Count> counts, int? quota, IReadOnlyList<Sponsor> sponsors)
    {
        var codes = sponsors.Select(p => p.Code).ToHashSet(StringComparer.Ordinal);
        int Of(SignUpStatus status) => counts.Where(c => c.Status == status).Sum(c => c.N);
        var sponsored = counts.Where(c => c.Status == SignUpStatus.Approved && c.Source is not null && codes.Contains(c.Source)).Sum(c => c.N);
        return new CoverageRow(code, name, Of(SignUpStatus.Pending), Of(SignUpStatus.Approved), Of(SignUpStatus.Rejected), Of(SignUpStatus.Withdrawn), quota, sponsored);
    }

    private sealed record Count(string Code, SignUpStatus Status, string? Source, int N);
}
