using Jamsostek.Bot.Data;
using Jamsostek.Bot.Officers;
using Jamsostek.Bot.SignUps.Sponsors;
using Jamsostek.Bpu;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Pages.Petugas;

/// <summary>
/// /petugas/sponsor/program (admin only): the sponsor programmes, one added or changed with every term of its agreement.
/// A bad field comes back with its own message and everything typed kept; every change goes to the audit
/// (<see cref="SponsorProgrammes"/>). The programme's own officers are accounts of role sponsor (the accounts page).
/// </summary>
public sealed class SponsorProgramModel(IDbContextFactory<BotDbContext> dbFactory, SponsorProgrammes programmes, OfficerAccounts accounts, RegionCatalog regions) : PageModel
{
    /// <summary>The programme being changed; empty: a new one.</summary>
    [BindProperty(SupportsGet = true, Name = "kode")]
    public string? Editing { get; set; }

    [BindProperty]
    public SponsorProgrammeForm Form { get; set; } = new() { Programs = "JKK,JKM" };

    /// <summary>The programmes ticked (several checkboxes of one name).</summary>
    [BindProperty(Name = "program")]
    public string[] Programs { get; set; } = [];

    public IReadOnlyList<Sponsor> Sponsors { get; private set; } = [];

    public IReadOnlyList<OfficerSummary> SponsorOfficers { get; private set; } = [];

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(Editing))
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            if (await db.Sponsors.AsNoTracking().SingleOrDefaultAsync(s => s.Code == Editing, cancellationToken) is not { } sponsor)
            {
                return NotFound();
            }

            Form = SponsorProgrammeForm.Of(sponsor);
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Form.Programs = string.Join(',', Programs);
        var actor = $"petugas:{User.Identity?.Name}";
        Errors = string.IsNullOrEmpty(Editing)
            ? await programmes.AddAsync(Form, actor, cancellationToken)
            : await programmes.UpdateAsync(Editing, Form, actor, cancellationToken);
        if (Errors.Count == 0)
        {
            Notice = string.IsNullOrEmpty(Editing) ? $"Program {Form.Code} ditambahkan." : $"Program {Editing} disimpan.";
            return Redirect($"/petugas/sponsor/program?kode={Uri.EscapeDataString(Form.Code!)}");
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public string? ErrorOf(string field) => Errors.GetValueOrDefault(field);

    public bool Ticked(string program) =>
        (Form.Programs ?? string.Empty).Split(',', StringSplitOptions.TrimEntries).Contains(program, StringComparer.OrdinalIgnoreCase);

    /// <summary>The regency picker's choices, by province.</summary>
    public IEnumerable<IGrouping<string, Regency>> RegencyChoices =>
        regions.AllRegencies.GroupBy(r => regions.FindProvince(r.ProvinceCode)?.Name ?? r.ProvinceCode).OrderBy(g => g.Key, StringComparer.Ordinal);

    public string RegencyName(string code) => regions.FindRegency(code)?.DisplayName ?? code;

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            Sponsors = await db.Sponsors.AsNoTracking().OrderBy(s => s.Code).ToListAsync(cancellationToken);
        }

        SponsorOfficers = string.IsNullOrEmpty(Editing) ? [] : [.. (await accounts.ListAsync()).Where(o => o.Sponsors.Contains(Editing, StringComparer.Ordinal))];
    }
}
