using Jamsostek.Bot.Shared;
using System.Globalization;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.Officers;
using Jamsostek.Bot.SignUps;
using Jamsostek.Bot.SignUps.Sponsors;
using Jamsostek.Bpu;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Pages.Petugas;

/// <summary>/petugas/sponsor/tagihan?kode=…&amp;bulan=yyyy-MM: a sponsor's monthly statement, printable, or as CSV (handler=csv).</summary>
public sealed class SponsorTagihanModel(IDbContextFactory<BotDbContext> dbFactory, SponsorStatement statements, OfficerScopeResolver scopes, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "kode")]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true, Name = "bulan")]
    public string? MonthText { get; set; }

    public SponsorStatementResult? Statement { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => LoadAsync(csv: false, cancellationToken);

    public Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken) => LoadAsync(csv: true, cancellationToken);

    private async Task<IActionResult> LoadAsync(bool csv, CancellationToken cancellationToken)
    {
        var (sponsor, refusal) = await SponsorPageAccess.FindAsync(this, dbFactory, scopes, Code, cancellationToken);
        if (sponsor is null)
        {
            return refusal;
        }

        var today = WorkerZone.Of(sponsor.RegencyCode).ToLocal(time.GetUtcNow());
        var month = DateOnly.TryParseExact(MonthText, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var chosen)
            ? chosen
            : new DateOnly(today.Year, today.Month, 1);
        MonthText = month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        Statement = await statements.ForMonthAsync(sponsor, month, cancellationToken);
        return csv
            ? File(Csv.Utf8WithBom(Statement.ToCsv()), "text/csv; charset=utf-8", $"tagihan-{sponsor.Code}-{MonthText}.csv")
            : Page();
    }
}
