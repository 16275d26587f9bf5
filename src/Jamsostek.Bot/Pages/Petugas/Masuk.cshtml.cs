using Jamsostek.Bot.Officers;
using Jamsostek.Bot.Officers.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Jamsostek.Bot.Pages.Petugas;

/// <summary>/petugas/masuk: a plain form; five wrong passwords lock the account for 15 minutes; attempts per IP are limited (SignInRateLimit).</summary>
[EnableRateLimiting(SignInRateLimit.Policy)]
public sealed class MasukModel(SignInManager<Officer> signIn, AccessLog access, Microsoft.Extensions.Options.IOptions<IdentityOptions> identity) : PageModel
{
    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public const string Refused = "Nama pengguna atau kata sandi salah, atau akun sedang tidak dapat dipakai. Coba lagi nanti atau hubungi admin.";

    public const string LastAttempt = "Perhatian: satu kali lagi salah, akun ini terkunci 15 menit. Bila lupa kata sandi, minta admin menggantinya (kata sandi baru juga membuka kunci).";

    public string? Error { get; private set; }

    /// <summary>Shown once, when the next wrong password will lock the account.</summary>
    public string? Warning { get; private set; }

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
        var officer = await signIn.UserManager.FindByNameAsync(name);
        if (result.Succeeded)
        {
            // The account's own spelling: "Admin" typed is "admin" on the admin's filter.
            await access.RecordAsync(HttpContext, officer?.UserName ?? name, AccessActions.SignIn, null);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/petugas");
        }

        // The admin's access log says why (the page does not); never the password typed. A name no account has is
        // kept only as a hint: officers do type their password into the name field, and an admin reads this log.
        var why = officer is null ? "nama pengguna tidak dikenal"
            : OfficerAccounts.IsDisabled(officer.LockoutEnd) ? "akun nonaktif"
            : result.IsLockedOut ? "akun terkunci (terlalu banyak kata sandi salah)"
            : "kata sandi salah";
        await access.RecordAsync(HttpContext, officer?.UserName ?? UnknownName(name), AccessActions.SignInFailed, why);

        // One message for a wrong password, an unknown name, a locked and a disabled account: the page must not tell
        // an attacker which names exist or that a lockout worked. The admin's accounts page tells them apart.
        Error = Refused;
        // Only after four wrong passwords for an existing account: the price (the name is shown to exist after four
        // tries, behind the per-IP limit) is worth an officer not locking themselves out at the start of a day.
        if (!result.IsLockedOut && officer is not null && !OfficerAccounts.IsDisabled(officer.LockoutEnd)
            && officer.AccessFailedCount == identity.Value.Lockout.MaxFailedAccessAttempts - 1)
        {
            Warning = LastAttempt;
        }

        return Page();
    }

    /// <summary>"petugasx" → "pe… (8 karakter)": enough to tell a guessed "admin" from a typo, too little to be a password.</summary>
    public static string UnknownName(string typed) =>
        $"{new string([.. typed.Take(2).Select(c => char.IsAsciiLetterOrDigit(c) ? c : '?')])}… ({typed.Length} karakter)";
}
