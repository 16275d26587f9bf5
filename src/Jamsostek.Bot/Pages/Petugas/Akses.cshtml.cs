using Jamsostek.Bot.Officers.Access;
using Jamsostek.Bot.SignUps;
using Jamsostek.Bpu;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Jamsostek.Bot.Shared;

namespace Jamsostek.Bot.Pages.Petugas;

/// <summary>/petugas/akses (admin only): the access log of a range of WIB days, of one officer or all, on the page and as CSV.</summary>
public sealed class AksesModel(AccessLog access, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "dari")]
    public string? FromText { get; set; }

    [BindProperty(SupportsGet = true, Name = "sampai")]
    public string? ToText { get; set; }

    [BindProperty(SupportsGet = true, Name = "petugas")]
    public string? Officer { get; set; }

    public string? Error { get; private set; }

    public IReadOnlyList<AccessEntry> Entries { get; private set; } = [];

    public DateOnly Today => DateOnly.FromDateTime(IndonesianTimeZone.Wib.ToLocal(time.GetUtcNow()).DateTime);

    public DateOnly From { get; private set; }

    public DateOnly To { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Range())
        {
            Entries = await access.ListAsync(From, To, Officer, AccessLog.PageLimit, cancellationToken);
        }

        return Page();
    }

    /// <summary>?handler=csv: every entry of the range (itself recorded).</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        if (!Range())
        {
            return Page();
        }

        await access.RecordAsync(HttpContext, AccessActions.ExportAccess,
            $"{OfficerDate.Format(From)} - {OfficerDate.Format(To)}{(string.IsNullOrWhiteSpace(Officer) ? "" : ", petugas " + Officer.Trim())}", cancellationToken);
        var text = AccessLog.Csv(await access.ListAsync(From, To, Officer, limit: null, cancellationToken));
        return File(Csv.Utf8WithBom(text), "text/csv; charset=utf-8", $"akses-{From:yyyyMMdd}-{To:yyyyMMdd}.csv");
    }

    private bool Range()
    {
        if (!OfficerDate.TryParse(FromText, out var from) || !OfficerDate.TryParse(ToText, out var to))
        {
            Error = OfficerDate.Invalid;
            return false;
        }

        (From, To) = (from ?? Today.AddDays(-7), to ?? Today);
        return true;
    }
}
