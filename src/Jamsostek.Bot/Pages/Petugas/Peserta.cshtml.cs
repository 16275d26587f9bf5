using Jamsostek.Bot.Members;
using Jamsostek.Bot.Officers;
using Jamsostek.Bpu;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jamsostek.Bot.Pages.Petugas;

/// <summary>/petugas/peserta: members of the officer's regencies with paid-through month, arrears, next payment and reminders sent.</summary>
public sealed class PesertaModel(MemberList list, OfficerScopeResolver scopes, RegionCatalog regions) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "kabupaten")]
    public string? Regency { get; set; }

    [BindProperty(SupportsGet = true, Name = "desa")]
    public string? Village { get; set; }

    [BindProperty(SupportsGet = true, Name = "tunggakan")]
    public int MinArrears { get; set; }

    public IReadOnlyList<MemberOverview> Members { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await scopes.ResolveAsync(User) is not { } scope)
        {
            return Challenge();
        }

        Members = await list.FindAsync(scope, Regency?.Trim(), Village?.Trim(), Math.Max(0, MinArrears), cancellationToken);
        return Page();
    }

    public string RegencyName(string code) => regions.FindRegency(code)?.DisplayName ?? code;
}
