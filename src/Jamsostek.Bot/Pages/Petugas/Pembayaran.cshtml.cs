using Jamsostek.Bot.Officers;
using Jamsostek.Bot.Payments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jamsostek.Bot.Pages.Petugas;

/// <summary>/petugas/pembayaran (admin): import a payment file, every row or none, faults by line number.</summary>
public sealed class PembayaranModel(PaymentImport import, OfficerScopeResolver scopes) : PageModel
{
    public const long MaxFileBytes = 5 * 1024 * 1024;

    public PaymentImportResult? Result { get; private set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? berkas, CancellationToken cancellationToken)
    {
        if (await scopes.ResolveAsync(User) is not { } scope)
        {
            return Challenge();
        }

        if (berkas is null || berkas.Length == 0 || berkas.Length > MaxFileBytes)
        {
            Error = "Pilih berkas CSV (paling besar 5 MB).";
            return Page();
        }

        using var reader = new StreamReader(berkas.OpenReadStream());
        Result = await import.ImportAsync(await reader.ReadToEndAsync(cancellationToken), "csv", scope.UserName, cancellationToken);
        return Page();
    }
}
