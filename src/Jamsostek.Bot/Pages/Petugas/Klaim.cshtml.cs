using Jamsostek.Bot.Officers;
using Jamsostek.Bot.Payments;
using Jamsostek.Bpu;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Jamsostek.Bot.SignUps;

namespace Jamsostek.Bot.Pages.Petugas;

/// <summary>/petugas/klaim: open "sudah bayar" claims to confirm (record the payment) or dismiss, and payments flagged for their amount.</summary>
public sealed class KlaimModel(ClaimReview review, OfficerScopeResolver scopes, RegionCatalog regions) : PageModel
{
    public IReadOnlyList<OpenClaimRow> Claims { get; private set; } = [];

    public IReadOnlyList<FlaggedPaymentRow> Flagged { get; private set; } = [];

    public string? Error { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await scopes.ResolveAsync(User) is not { } scope)
        {
            return Challenge();
        }

        await LoadAsync(scope, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(long id, string? referensi, decimal? jumlah, CancellationToken cancellationToken)
    {
        if (await scopes.ResolveAsync(User) is not { } scope)
        {
            return Challenge();
        }

        return await AfterAsync(await review.ConfirmAsync(id, referensi, jumlah, scope, cancellationToken), "Pembayaran dicatat dan klaim ditutup.", scope, cancellationToken);
    }

    public async Task<IActionResult> OnPostDismissAsync(long id, CancellationToken cancellationToken)
    {
        if (await scopes.ResolveAsync(User) is not { } scope)
        {
            return Challenge();
        }

        return await AfterAsync(await review.DismissAsync(id, scope, cancellationToken), "Klaim ditolak; pengingat bulan itu dikirim lagi.", scope, cancellationToken);
    }

    public string RegencyName(string code) => regions.FindRegency(code)?.DisplayName ?? code;

    private async Task LoadAsync(OfficerScope scope, CancellationToken cancellationToken)
    {
        Claims = await review.OpenClaimsAsync(scope, cancellationToken);
        Flagged = await review.FlaggedPaymentsAsync(scope, cancellationToken);
    }

    private async Task<IActionResult> AfterAsync(ClaimReviewResult result, string notice, OfficerScope scope, CancellationToken cancellationToken)
    {
        if (result.NotFound)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            Notice = notice;
            return Redirect("/petugas/klaim");
        }

        Error = result.Error;
        await LoadAsync(scope, cancellationToken);
        return Page();
    }
}
