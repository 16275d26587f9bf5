using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Jamsostek.Bot.Officers;

/// <summary>
/// Every request with an officer's cookie checks the account now, not every 30 minutes (Identity's default): a
/// disabled account, a changed security stamp (password reset, disable) or a deleted account ends the session
/// on its next request, so a disabled admin cannot use the accounts page to enable themselves. One indexed read
/// per console request.
/// </summary>
internal static class OfficerSessionCheck
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var signIn = context.HttpContext.RequestServices.GetRequiredService<SignInManager<Officer>>();
        var officer = context.Principal is null ? null : await signIn.ValidateSecurityStampAsync(context.Principal);
        if (officer is null || OfficerAccounts.IsDisabled(officer.LockoutEnd))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }
}
