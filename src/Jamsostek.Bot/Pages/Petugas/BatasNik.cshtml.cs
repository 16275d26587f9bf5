using Jamsostek.Bot.Officers;
using Jamsostek.Bot.Privacy;
using Jamsostek.Bot.SignUps;
using Jamsostek.Bpu;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jamsostek.Bot.Pages.Petugas;

/// <summary>/petugas/batas-nik: chats that typed more NIKs than the limit allows in 24 hours (possible probing).</summary>
public sealed class BatasNikModel(NikLimitReport report, NikEntryLimit limit, OfficerScopeResolver scopes, RegionCatalog regions) : PageModel
{
    public IReadOnlyList<NikLimitRow> Rows { get; private set; } = [];

    public int Limit => limit.Limit;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await scopes.ResolveAsync(User) is not { } scope)
        {
            return Challenge();
        }

        Rows = await report.RecentAsync(scope, cancellationToken);
        return Page();
    }

    public string RegionName(string? code) => code is null ? "Belum diketahui" : regions.FindRegency(code)?.DisplayName ?? code;

    public static string When(NikLimitRow row) => WorkerZone.Format(row.LastRefusedAt, row.RegencyCode ?? string.Empty);
}
