using Jamsostek.Bot.Data;
using Jamsostek.Bot.Officers;
using Jamsostek.Bot.SignUps.Sponsors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Pages.Petugas;

/// <summary>
/// The sponsor pages' first step, one rule for all of them: the officer signed in, the programme found by its code and inside
/// the officer's regencies, or one of a sponsor officer's own programmes (<see cref="SignUps.OfficerScope.Allows(Sponsor)"/>).
/// </summary>
internal static class SponsorPageAccess
{
    /// <summary>The programme; or null with the result that stands instead (sign in; 404 for an unknown or another regency's code).</summary>
    public static async Task<(Sponsor? Sponsor, IActionResult Refusal)> FindAsync(
        PageModel page, IDbContextFactory<BotDbContext> dbFactory, OfficerScopeResolver scopes, string? code, CancellationToken cancellationToken)
    {
        if (await scopes.ResolveAsync(page.User) is not { } scope)
        {
            return (null, page.Challenge());
        }

        Sponsor? sponsor;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            sponsor = await db.Sponsors.AsNoTracking().SingleOrDefaultAsync(s => s.Code == code, cancellationToken);
        }

        return sponsor is null || !scope.Allows(sponsor) ? (null, page.NotFound()) : (sponsor, page.Page());
    }
}
