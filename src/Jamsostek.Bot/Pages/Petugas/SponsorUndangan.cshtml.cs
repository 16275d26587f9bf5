using Jamsostek.Bot.Data;
using Jamsostek.Bot.Officers;
using Jamsostek.Bot.SignUps.Sponsors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Pages.Petugas;

/// <summary>/petugas/sponsor/undangan?kode=…[&amp;desa=…]: the printable list of invited workers with their QR codes, for village meetings.</summary>
public sealed class SponsorUndanganModel(IDbContextFactory<BotDbContext> dbFactory, SponsorInvitationSheet sheet, OfficerScopeResolver scopes) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "kode")]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true, Name = "desa")]
    public string? Village { get; set; }

    public Sponsor? Sponsor { get; private set; }

    public IReadOnlyList<SponsorSheetRow> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var (sponsor, refusal) = await SponsorPageAccess.FindAsync(this, dbFactory, scopes, Code, cancellationToken);
        if (sponsor is null)
        {
            return refusal;
        }

        Sponsor = sponsor;

        Rows = await sheet.RowsAsync(Sponsor, Village, cancellationToken);
        return Page();
    }
}
