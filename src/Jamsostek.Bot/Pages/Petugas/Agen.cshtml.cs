using Jamsostek.Bot.Agents;
using Jamsostek.Bot.Officers;
using Jamsostek.Bot.Shared;
using Jamsostek.Bot.SignUps;
using Jamsostek.Bpu;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Jamsostek.Bot.Pages.Petugas;

/// <summary>
/// /petugas/agen: per agent of the officer's regencies, sign-ups submitted, confirmed, approved, rejected and the rejection
/// rate (CSV with handler=csv); an agent added (the one-time code shown once) or deactivated by an admin, or by an officer
/// in their own regencies (<see cref="AgentAccounts"/>, audited).
/// </summary>
public sealed class AgenModel(AgentCounts counts, AgentAccounts accounts, OfficerScopeResolver scopes, RegionCatalog regions, IOptions<AgentOptions> options) : PageModel
{
    public IReadOnlyList<AgentCountRow> Rows { get; private set; } = [];

    [BindProperty]
    public AgentForm Form { get; set; } = new();

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    /// <summary>The agent just added, with the code to give them: shown on this response only.</summary>
    public Agent? Added { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public IReadOnlyList<Regency> RegencyChoices { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => LoadAsync(csv: false, cancellationToken);

    public Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken) => LoadAsync(csv: true, cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        if (await scopes.ResolveAsync(User) is not { } scope)
        {
            return Challenge();
        }

        (Added, Errors) = await accounts.AddAsync(Form, scope.Allows, Actor, cancellationToken);
        if (Added is not null)
        {
            Form = new AgentForm();
        }

        return await LoadAsync(csv: false, cancellationToken);
    }

    public async Task<IActionResult> OnPostDeactivateAsync(long id, CancellationToken cancellationToken)
    {
        if (await scopes.ResolveAsync(User) is not { } scope)
        {
            return Challenge();
        }

        if (await accounts.DeactivateAsync(id, scope.Allows, Actor, cancellationToken) is not { } name)
        {
            return NotFound();
        }

        Notice = $"Agen {name} dinonaktifkan: kode dan chat-nya tidak dapat dipakai lagi untuk pendaftaran baru. Pendaftaran yang masih menunggu persetujuan pekerja tetap berjalan.";
        return Redirect("/petugas/agen");
    }

    public static string Percent(int? percent) => percent is { } p ? $"{p}%" : "-";

    public string? ErrorOf(string field) => Errors.GetValueOrDefault(field);

    /// <summary>The link the agent opens from their own phone, when the bot's name is set.</summary>
    public string? LinkOf(Agent agent) =>
        string.IsNullOrWhiteSpace(options.Value.BotUsername) || agent?.LinkCode is null ? null : $"https://t.me/{options.Value.BotUsername.TrimStart('@')}?start={agent.LinkCode}";

    private string Actor => $"petugas:{User.Identity?.Name}";

    private async Task<IActionResult> LoadAsync(bool csv, CancellationToken cancellationToken)
    {
        if (await scopes.ResolveAsync(User) is not { } scope)
        {
            return Challenge();
        }

        Rows = await counts.ForAsync(scope, cancellationToken);
        RegencyChoices = [.. regions.AllRegencies.Where(r => scope.Allows(r.Code)).OrderBy(r => r.DisplayName, StringComparer.Ordinal)];
        return csv ? File(Csv.Utf8WithBom(AgentCounts.ToCsv(Rows)), "text/csv; charset=utf-8", "agen.csv") : Page();
    }
}
