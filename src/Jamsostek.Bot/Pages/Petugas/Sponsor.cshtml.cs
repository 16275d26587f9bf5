using Jamsostek.Bot.Shared;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.Officers;
using Jamsostek.Bot.SignUps;
using Jamsostek.Bot.SignUps.Sponsors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Jamsostek.Bot.Pages.Petugas;

/// <summary>
/// /petugas/sponsor: the sponsor programmes of the officer's regencies, with invitations made so far, and the import of
/// a programme's beneficiary list (CSV/XLSX). The rows to fix download as a CSV kept in memory for an hour, for the
/// officer who checked the file only (it holds NIKs and names).
/// </summary>
public sealed class SponsorModel(IDbContextFactory<BotDbContext> dbFactory, SponsorImport import, OfficerScopeResolver scopes, IMemoryCache cache) : PageModel
{
    public const long MaxFileBytes = 10 * 1024 * 1024;

    public IReadOnlyList<SponsorSummary> Sponsors { get; private set; } = [];

    public SponsorImportReport? Report { get; private set; }

    public string? CorrectedToken { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await scopes.ResolveAsync(User) is not { } scope)
        {
            return Challenge();
        }

        await LoadAsync(scope, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? kode, IFormFile? berkas, bool uji, CancellationToken cancellationToken)
    {
        if (await scopes.ResolveAsync(User) is not { } scope)
        {
            return Challenge();
        }

        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var sponsor = await db.Sponsors.AsNoTracking().SingleOrDefaultAsync(s => s.Code == kode, cancellationToken);
            if (sponsor is null || !scope.Allows(sponsor))
            {
                return NotFound();
            }

            if (berkas is null || berkas.Length == 0 || berkas.Length > MaxFileBytes)
            {
                Error = "Pilih berkas CSV atau XLSX (paling besar 10 MB).";
            }
            else
            {
                try
                {
                    await using var content = new MemoryStream();
                    await berkas.CopyToAsync(content, cancellationToken);
                    content.Position = 0;
                    Report = await import.RunAsync(sponsor, SponsorListReader.Read(content, berkas.FileName), uji, cancellationToken);
                    if (Report.Refused > 0)
                    {
                        CorrectedToken = Guid.NewGuid().ToString("N");
                        cache.Set((scope.UserName, CorrectedToken), Csv.Utf8WithBom(Report.CorrectedCsv()), TimeSpan.FromHours(1));
                    }
                }
                catch (InvalidDataException ex)
                {
                    Error = ex.Message;
                }
            }
        }

        await LoadAsync(scope, cancellationToken);
        return Page();
    }

    /// <summary>?handler=perbaikan&amp;t=…: the rows to fix of the officer's last check.</summary>
    public async Task<IActionResult> OnGetPerbaikanAsync(string? t)
    {
        if (await scopes.ResolveAsync(User) is not { } scope)
        {
            return Challenge();
        }

        return t is not null && cache.TryGetValue((scope.UserName, t), out byte[]? csv) && csv is not null
            ? File(csv, "text/csv; charset=utf-8", "baris-perlu-diperbaiki.csv")
            : NotFound();
    }

    private async Task LoadAsync(OfficerScope scope, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        Sponsors = await scope.Apply(db.Sponsors.AsNoTracking())
            .OrderBy(s => s.Code)
            .Select(s => new SponsorSummary(s, db.SponsorInvitations.Count(i => i.SponsorId == s.Id && i.Status == SponsorInvitationStatus.Invited),
                db.SponsorInvitations.Count(i => i.SponsorId == s.Id && i.Status == SponsorInvitationStatus.Consented)))
            .ToListAsync(cancellationToken);
    }
}
