using Jamsostek.Bot.Officers;
using Jamsostek.Bot.SignUps;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Jamsostek.Bot.Shared;

namespace Jamsostek.Bot.Pages.Petugas;

/// <summary>/petugas/riwayat: the audit of a date range as CSV (admin: everything; petugas: their regencies' sign-ups).</summary>
public sealed class RiwayatModel(AuditExport export, OfficerScopeResolver scopes, TimeProvider time, Officers.Access.AccessLog access) : PageModel
{
    /// <summary>As typed: hh/bb/tttt, or yyyy-MM-dd from a link (see <see cref="OfficerDate"/>).</summary>
    [BindProperty(SupportsGet = true, Name = "dari")]
    public string? FromText { get; set; }

    [BindProperty(SupportsGet = true, Name = "sampai")]
    public string? ToText { get; set; }

    public string? Error { get; private set; }

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

        if (!OfficerDate.TryParse(FromText, out var fromDay) || !OfficerDate.TryParse(ToText, out var toDay))
        {
            Error = OfficerDate.Invalid;
            return Page();
        }

        var from = fromDay ?? Today.AddDays(-30);
        var to = toDay ?? Today;
        await access.RecordAsync(HttpContext, Officers.Access.AccessActions.ExportAudit, $"{OfficerDate.Format(from)} - {OfficerDate.Format(to)}", cancellationToken);
        var text = await export.RangeCsvAsync(from, to, scope, cancellationToken);
        return File(Csv.Utf8WithBom(text), "text/csv; charset=utf-8", $"riwayat-{from:yyyyMMdd}-{to:yyyyMMdd}.csv");
    }
}
