using Jamsostek.Bot.Officers;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jamsostek.Bot.Pages.Petugas;

/// <summary>/petugas/masuk: a plain form; five wrong passwords lock the account for 15 minutes.</summary>
public sealed class MasukModel(SignInManager<Officer> signIn) : PageModel
{
    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

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

        var result = await signIn.PasswordSignInAsync(UserName.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/petugas");
        }

        Error = result.IsLockedOut && await signIn.UserManager.FindByNameAsync(UserName.Trim()) is { } locked && OfficerAccounts.IsDisabled(locked.LockoutEnd)
            ? "Akun ini dinonaktifkan. Hubungi admin."
            : result.IsLockedOut
            ? "Akun dikunci sementara karena terlalu banyak percobaan yang salah. Silakan coba lagi 15 menit lagi atau hubungi admin."
            : "Nama pengguna atau kata sandi salah.";
        return Page();
    }
}
