using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Jamsostek.Bot.SignUps;

namespace Jamsostek.Bot.Officers;

/// <summary>The scope of the signed-in officer, read fresh from the account (a changed assignment applies at once).</summary>
public sealed class OfficerScopeResolver(UserManager<Officer> users)
{
    public async Task<OfficerScope?> ResolveAsync(ClaimsPrincipal principal)
    {
        var officer = await users.GetUserAsync(principal);
        // A disabled (or locked) account stops at once, even with a cookie issued before.
        if (officer is null || await users.IsLockedOutAsync(officer))
        {
            return null;
        }

        return OfficerScopes.Of(officer, await users.IsInRoleAsync(officer, OfficerRoles.Admin), await users.IsInRoleAsync(officer, OfficerRoles.Sponsor));
    }
}
