using Jamsostek.Bot.Officers;
using Jamsostek.Bot.Officers.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jamsostek.Bot.Pages.Petugas;

/// <summary>/petugas/keluar: sign out (POST with the antiforgery token, from the header's button).</summary>
public sealed class KeluarModel(SignInManager<Officer> signIn, AccessLog access) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await access.RecordAsync(HttpContext, AccessActions.SignOut);
        await signIn.SignOutAsync();
        return Redirect(OfficerConsoleExtensions.LoginPath);
    }
}
