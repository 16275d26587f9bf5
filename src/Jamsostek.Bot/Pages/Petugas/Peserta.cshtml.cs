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

    [BindProperty(SupportsGet = true, Name = "halaman")]
    public int PageNumber { get; set; } = 1;

    public MemberPage Result { get; private set; } = new([], 1, false);

    public IReadOnlyList<MemberOverview> Members => Result.Members;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await scopes.ResolveAsync(User) is not { } scope)
        {
            return Challenge();
        }

        Result = await list.FindPageAsync(scope, Regency?.Trim(), Village?.Trim(), Math.Max(0, MinArrears), PageNumber, cancellationToken);
        return Page();
    }

    /// <summary>This list with the same filters on another page.</summary>
    public string PageLink(int page) =>
        $"/petugas/peserta?kabupaten={Uri.EscapeDataString(Regency ?? string.Empty)}&desa={Uri.EscapeDataString(Village ?? string.Empty)}&tunggakan={MinArrears}&halaman={page}";

    public string RegencyName(string code) => regions.FindRegency(code)?.DisplayName ?? code;
}
