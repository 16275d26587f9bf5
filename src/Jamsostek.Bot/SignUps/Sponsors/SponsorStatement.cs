using Jamsostek.Bot.Data;
using Jamsostek.Bpu;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.SignUps.Sponsors;

/// <summary>
/// What a sponsor owes for one contribution month: every member it pays for whose cover has begun by then (and the
/// month inside the agreement's period, when one is set), priced at the rate in force that month for the programmes
/// the sponsor pays, on the member's income bracket. Never the PP 50/2025 relief: APBN/APBD-paid contributions are
/// excluded from it (the tariff's <c>sponsored</c> rule).
/// </summary>
public sealed class SponsorStatement(IDbContextFactory<BotDbContext> dbFactory, Tariff tariff, RegionCatalog regions)
{
    public async Task<SponsorStatementResult> ForMonthAsync(Sponsor sponsor, DateOnly month, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sponsor);
        month = new DateOnly(month.Year, month.Month, 1);
        var inPeriod = (sponsor.PeriodStart is null || month >= sponsor.PeriodStart) && (sponsor.PeriodEnd is null || month <= sponsor.PeriodEnd);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var members = !inPeriod ? [] : await db.Members.AsNoTracking()
            .Where(m => m.Sponsored && m.SponsorCode == sponsor.Code && m.FirstContributionMonth <= month)
            .OrderBy(m => m.VillageCode).ThenBy(m => m.Kpj)
            .ToListAsync(cancellationToken);
        var programs = SignUpPrograms.Parse(sponsor.Programs);
        var rows = members.Select(m => new SponsorStatementRow(
            m.Kpj, m.FullName, Jamsostek.Bpu.NikParser.Mask(m.Nik), m.VillageCode, regions.FindVillage(m.VillageCode)?.Name ?? m.VillageCode,
            tariff.Quote(m.MonthlyIncome, programs, month, m.Occupation, sponsored: true).Total)).ToList();
        return new SponsorStatementResult(sponsor, month, inPeriod, rows);
    }
}
