using Jamsostek.Bot.Officers;
using Jamsostek.Bot.SignUps;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jamsostek.Bot.Pages.Petugas;

/// <summary>/petugas/riwayat: the audit of a date range as CSV (admin: everything; petugas: their regencies' sign-ups).</summary>
public sealed class RiwayatModel(AuditExport export, OfficerScopeResolver scopes, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "dari")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "sampai")]
    public DateOnly? To { get; set; }

    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().AddHours(7).UtcDateTime);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        if (await scopes.ResolveAsync(User) is not { } scope)
        {
            return Challenge();
        }

        var from = From ?? Today.AddDays(-30);
        var to = To ?? Today;
        var text = await export.RangeCsvAsync(from, to, scope, cancellationToken);
        return File(Csv.Utf8WithBom(text), "text/csv; charset=utf-8", $"riwayat-{from:yyyyMMdd}-{to:yyyyMMdd}.csv");
    }
}
