using Jamsostek.Bot.Agents;
using Jamsostek.Bot.Officers;
using Jamsostek.Bot.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jamsostek.Bot.Pages.Petugas;

/// <summary>/petugas/agen: per agent of the officer's regencies, sign-ups submitted, confirmed, approved, rejected and the rejection rate; CSV with handler=csv.</summary>
public sealed class AgenModel(AgentCounts counts, OfficerScopeResolver scopes) : PageModel
{
    public IReadOnlyList<AgentCountRow> Rows { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => LoadAsync(csv: false, cancellationToken);

    public Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken) => LoadAsync(csv: true, cancellationToken);

    public static string Percent(int? percent) => percent is { } p ? $"{p}%" : "-";

    private async Task<IActionResult> LoadAsync(bool csv, CancellationToken cancellationToken)
    {
        if (await scopes.ResolveAsync(User) is not { } scope)
        {
            return Challenge();
        }

        Rows = await counts.ForAsync(scope, cancellationToken);
        return csv ? File(Csv.Utf8WithBom(AgentCounts.ToCsv(Rows)), "text/csv; charset=utf-8", "agen.csv") : Page();
    }
}
