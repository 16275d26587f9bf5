using Jamsostek.Bot.Officers;
using Jamsostek.Bot.SignUps;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Jamsostek.Bot.SignUps.Exports;
using Jamsostek.Bot.Shared;

namespace Jamsostek.Bot.Pages.Petugas;

/// <summary>/petugas/ekspor: approved sign-ups of a date range and regency as a UTF-8 CSV.</summary>
public sealed class EksporModel(ApprovedExport export, OfficerScopeResolver scopes, RegencyChoices choices, TimeProvider time, Officers.Access.AccessLog access) : PageModel
{
    /// <summary>As typed: hh/bb/tttt, or yyyy-MM-dd from a link (see <see cref="OfficerDate"/>).</summary>
    [BindProperty(SupportsGet = true, Name = "dari")]
    public string? FromText { get; set; }

    [BindProperty(SupportsGet = true, Name = "sampai")]
    public string? ToText { get; set; }

    public string? Error { get; private set; }

    [BindProperty(SupportsGet = true, Name = "kabupaten")]
    public string? Regency { get; set; }

    public DateOnly Today { get; private set; }

    /// <summary>The zone the days are read in when no regency is chosen: the officer's own (WIB for mixed zones).</summary>
    public string Zone { get; private set; } = "WIB";

    public IReadOnlyList<RegencyChoice> Regencies { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await scopes.ResolveAsync(User) is not { } scope)
        {
            return Challenge();
        }

        Today = TodayIn(Regency, scope);
        Zone = WorkerZone.ForFilter(null, scope).Abbreviation;
        Regencies = await choices.ForAsync(scope, cancellationToken);
        return Page();
    }

    /// <summary>?handler=csv&amp;dari=…&amp;sampai=…&amp;kabupaten=…</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        if (await scopes.ResolveAsync(User) is not { } scope)
        {
            return Challenge();
        }

        var problem = OfficerDate.Problem(FromText, ToText);
        if (problem is not null || !OfficerDate.TryParse(FromText, out var fromDay) || !OfficerDate.TryParse(ToText, out var toDay))
        {
            Error = problem ?? OfficerDate.Invalid;
            return await OnGetAsync(cancellationToken);
        }

        var today = TodayIn(Regency, scope);
        var from = fromDay ?? today.AddDays(-30);
        var to = toDay ?? today;
        await access.RecordAsync(HttpContext, Officers.Access.AccessActions.ExportApproved,
            $"{OfficerDate.Format(from)} - {OfficerDate.Format(to)}{(string.IsNullOrWhiteSpace(Regency) ? "" : ", kabupaten " + Regency)}", cancellationToken);
        var text = await export.CsvAsync(from, to, Regency, scope, cancellationToken);
        var name = $"peserta-disetujui-{from:yyyyMMdd}-{to:yyyyMMdd}{(string.IsNullOrWhiteSpace(Regency) ? "" : "-" + Regency)}.csv";
        return File(Csv.Utf8WithBom(text), "text/csv; charset=utf-8", name);
    }

    private DateOnly TodayIn(string? regency, OfficerScope scope) =>
        DateOnly.FromDateTime(WorkerZone.ForFilter(regency, scope).ToLocal(time.GetUtcNow()).DateTime);
}
