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
        var (sponsor, refusal) = await SponsorPageAccess.FindAsync(this, dbFactory, scopes, Code, cancellationToken);
        if (sponsor is null)
        {
            return refusal;
        }

        Sponsor = sponsor;

        Rows = await coverage.ByVillageAsync(Sponsor, cancellationToken);
        return csv ? File(Csv.Utf8WithBom(SponsorCoverage.ToCsv(Rows)), "text/csv; charset=utf-8", $"cakupan-{Sponsor.Code}.csv") : Page();
    }
}
