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

        Rows = await sheet.RowsAsync(Sponsor, Village, cancellationToken);
        return Page();
    }
}
