using Jamsostek.Bot.Officers;
using Jamsostek.Bot.Officers.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Jamsostek.Bot.Pages.Petugas;

/// <summary>/petugas/masuk: a plain form; five wrong passwords lock the account for 15 minutes; attempts per IP are limited (SignInRateLimit).</summary>
[EnableRateLimiting(SignInRateLimit.Policy)]
public sealed class MasukModel(SignInManager<Officer> signIn, AccessLog access) : PageModel
{
    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public const string Refused = "Nama pengguna atau kata sandi salah, atau akun sedang tidak dapat dipakai. Coba lagi nanti atau hubungi admin.";

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(UserName) || string.IsNullOrEmpty(Password))
        {
            Error = "Isi nama pengguna dan kata sandi.";
            return Page();
        }

        var name = UserName.Trim();
        var result = await signIn.PasswordSignInAsync(name, Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await access.RecordAsync(HttpContext, name, AccessActions.SignIn, null);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/petugas");
        }

        // The admin's access log says why (the page does not); never the password typed.
        var officer = await signIn.UserManager.FindByNameAsync(name);
        var why = officer is null ? "nama pengguna tidak dikenal"
            : OfficerAccounts.IsDisabled(officer.LockoutEnd) ? "akun nonaktif"
            : result.IsLockedOut ? "akun terkunci (terlalu banyak kata sandi salah)"
            : "kata sandi salah";
        await access.RecordAsync(HttpContext, name, AccessActions.SignInFailed, why);

        // One message for a wrong password, an unknown name, a locked and a disabled account: the page must not tell
        // an attacker which names exist or that a lockout worked. The admin's accounts page tells them apart.
        Error = Refused;
        return Page();
    }
}
