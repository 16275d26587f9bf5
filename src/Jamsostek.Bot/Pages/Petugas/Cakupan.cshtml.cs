using Jamsostek.Bot.Officers;
using Jamsostek.Bot.SignUps;
using Jamsostek.Bpu;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Jamsostek.Bot.SignUps.Coverage;

namespace Jamsostek.Bot.Pages.Petugas;

/// <summary>/petugas/cakupan: counts by status per regency, and per village of one regency against the sponsors' quota.</summary>
public sealed class CakupanModel(CoverageReport report, OfficerScopeResolver scopes, RegionCatalog regions) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "kabupaten")]
    public string? Regency { get; set; }

    public IReadOnlyList<CoverageRow> Regencies { get; private set; } = [];

    /// <summary>?kosong=tampil shows the villages nobody signed up from too; by default they are hidden (counted below the table).</summary>
    [BindProperty(SupportsGet = true, Name = "kosong")]
    public string? Empty { get; set; }

    public bool ShowEmpty => Empty == "tampil";

    public IReadOnlyList<CoverageRow> Villages { get; private set; } = [];

    public IReadOnlyList<CoverageRow> ShownVillages => ShowEmpty ? Villages : [.. Villages.Where(v => v.Total + v.Invited > 0)];

    public int HiddenVillages => Villages.Count - ShownVillages.Count;

    public static string Percent(int? percent) => percent is { } p ? $"{p}%" : "-";

    public string? RegencyName { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await scopes.ResolveAsync(User) is not { } scope)
        {
            return Challenge();
        }

        Regencies = await report.ByRegencyAsync(scope, cancellationToken);
        Regency ??= Regencies.Count == 1 ? Regencies[0].Code : null;
        if (!string.IsNullOrWhiteSpace(Regency) && scope.Allows(Regency))
        {
            RegencyName = regions.FindRegency(Regency)?.DisplayName ?? Regency;
            Villages = await report.ByVillageAsync(Regency, scope, cancellationToken);
        }

        return Page();
    }
}
