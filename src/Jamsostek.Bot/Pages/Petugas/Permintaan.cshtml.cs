using Jamsostek.Bot.Officers;
using Jamsostek.Bot.Officers.Handoffs;
using Jamsostek.Bot.SignUps;
using Jamsostek.Bpu;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jamsostek.Bot.Pages.Petugas;

/// <summary>/petugas/permintaan: workers who asked for a person, oldest first; reply to their chat and/or mark handled.</summary>
public sealed class PermintaanModel(HandoffInbox inbox, OfficerScopeResolver scopes, RegionCatalog regions) : PageModel
{
    public HandoffPage Result { get; private set; } = new([], 0, 1, HandoffInbox.PageSize);

    public IReadOnlyList<HandoffRow> Requests => Result.Rows;

    public string? Error { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    /// <summary>?riwayat=true: the handled requests (newest first) instead of the open ones.</summary>
    [BindProperty(SupportsGet = true, Name = "riwayat")]
    public bool History { get; set; }

    public async Task<IActionResult> OnGetAsync(int? halaman, CancellationToken cancellationToken)
    {
        if (await scopes.ResolveAsync(User) is not { } scope)
        {
            return Challenge();
        }

        Result = History
            ? await inbox.ClosedPageAsync(scope, halaman ?? 1, cancellationToken)
            : await inbox.OpenPageAsync(scope, halaman ?? 1, cancellationToken);
        return Page();
    }

    public string PageLink(int page) => $"/petugas/permintaan?halaman={page}{(History ? "&riwayat=true" : "")}";

    /// <summary>The worker's words; a bare "hubungi petugas" says plainly that no topic was given yet.</summary>
    public static bool NoTopic(string question) => Dialogs.Engine.HandoffTopic.IsBare(question);

    public static string Time(HandoffLine line, string? regencyCode) => WorkerZone.Format(line.At, regencyCode ?? string.Empty);

    public async Task<IActionResult> OnPostReplyAsync(long id, string? balasan, bool selesai, CancellationToken cancellationToken)
    {
        if (await scopes.ResolveAsync(User) is not { } scope)
        {
            return Challenge();
        }

        var result = await inbox.ReplyAsync(id, balasan, selesai, scope, cancellationToken);
        return await AfterAsync(result, selesai ? "Balasan terkirim dan permintaan ditandai selesai." : "Balasan terkirim ke pekerja.", scope, cancellationToken);
    }

    public async Task<IActionResult> OnPostCloseAsync(long id, CancellationToken cancellationToken)
    {
        if (await scopes.ResolveAsync(User) is not { } scope)
        {
            return Challenge();
        }

        return await AfterAsync(await inbox.CloseAsync(id, scope, cancellationToken), "Permintaan ditandai selesai.", scope, cancellationToken);
    }

    public string RegionName(string? code) => code is null ? "Belum diketahui" : regions.FindRegency(code)?.DisplayName ?? code;

    public static string When(HandoffRow row) => WorkerZone.Format(row.CreatedAt, row.RegencyCode ?? string.Empty);

    private async Task<IActionResult> AfterAsync(HandoffResult result, string notice, OfficerScope scope, CancellationToken cancellationToken)
    {
        if (result.NotFound)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            Notice = notice;
            return Redirect("/petugas/permintaan");
        }

        Error = result.Error;
        Result = await inbox.OpenPageAsync(scope, 1, cancellationToken);
        return Page();
    }
}
