using Jamsostek.Bot.Shared;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.Officers;
using Jamsostek.Bot.SignUps;
using Jamsostek.Bot.SignUps.Sponsors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Pages.Petugas;

/// <summary>/petugas/sponsor/cakupan?kode=…: a programme's coverage per village against its quota, furthest first; CSV with handler=csv.</summary>
public sealed class SponsorCakupanModel(IDbContextFactory<BotDbContext> dbFactory, SponsorCoverage coverage, OfficerScopeResolver scopes) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "kode")]
    public string? Code { get; set; }

    public Sponsor? Sponsor { get; private set; }

    public IReadOnlyList<SponsorCoverageRow> Rows { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => LoadAsync(csv: false, cancellationToken);

    public Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken) => LoadAsync(csv: true, cancellationToken);

    private async Task<IActionResult> LoadAsync(bool csv, CancellationToken cancellationToken)
    {
        if (await scopes.ResolveAsync(User) is not { } scope)
        {
            return Challenge();
        }

        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            Sponsor = await db.Sponsors.AsNoTracking().SingleOrDefaultAsync(s => s.Code == Code, cancellationToken);
        }

        if (Sponsor is null || !scope.Allows(Sponsor.RegencyCode))
        {
            return NotFound();
        }

        Rows = await coverage.ByVillageAsync(Sponsor, cancellationToken);
        return csv ? File(Csv.Utf8WithBom(SponsorCoverage.ToCsv(Rows)), "text/csv; charset=utf-8", $"cakupan-{Sponsor.Code}.csv") : Page();
    }
}
