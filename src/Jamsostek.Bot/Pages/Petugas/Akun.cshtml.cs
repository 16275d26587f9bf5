using Jamsostek.Bot.Data;
using Jamsostek.Bot.Officers;
using Jamsostek.Bot.SignUps.Sponsors;
using Microsoft.EntityFrameworkCore;
using Jamsostek.Bot.Officers.Access;
using Jamsostek.Bpu;
using Jamsostek.Dialogs.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jamsostek.Bot.Pages.Petugas;

/// <summary>/petugas/akun (admin only): list officers, add one (a sponsor officer with their programmes), reset a password, change regencies, disable or enable.</summary>
public sealed class AkunModel(OfficerAccounts accounts, RegionCatalog regions, TimeProvider time, AccessLog access, IDbContextFactory<BotDbContext> dbFactory) : PageModel
{
    public IReadOnlyList<OfficerSummary> Officers { get; private set; } = [];

    public string? Error { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    /// <summary>The programmes a sponsor officer can be tied to.</summary>
    public IReadOnlyList<Sponsor> SponsorChoices { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAddAsync(string? nama, string? peran, string[]? kabupaten, string? sandi, string[]? program)
    {
        if (string.IsNullOrWhiteSpace(nama) || string.IsNullOrEmpty(sandi))
        {
            return await RefusedAsync("Isi nama pengguna dan kata sandi awal.");
        }

        if (Regencies(kabupaten, out var codes) is { } bad)
        {
            return await RefusedAsync(bad);
        }

        var role = peran is OfficerRoles.Admin or OfficerRoles.Sponsor ? peran : OfficerRoles.Petugas;
        var sponsors = role == OfficerRoles.Sponsor ? program ?? [] : [];
        return await DoneAsync(await accounts.CreateAsync(nama.Trim(), role, codes, sandi, sponsors), $"Akun {nama.Trim()} dibuat.",
            AccessActions.AccountAdded, $"{nama.Trim()}, peran {role}{(codes.Count == 0 || sponsors.Length > 0 ? "" : ", wilayah " + string.Join(' ', codes))}{(sponsors.Length == 0 ? "" : ", program " + string.Join(' ', sponsors))}");
    }

    public async Task<IActionResult> OnPostPasswordAsync(string? nama, string? sandi) =>
        string.IsNullOrEmpty(nama) || string.IsNullOrEmpty(sandi)
            ? await RefusedAsync("Isi kata sandi baru.")
            : await DoneAsync(await accounts.ResetPasswordAsync(nama, sandi), $"Kata sandi {nama} diganti.", AccessActions.AccountPassword, nama);

    public async Task<IActionResult> OnPostRegenciesAsync(string? nama, string[]? kabupaten)
    {
        if (string.IsNullOrEmpty(nama))
        {
            return await RefusedAsync("Akun tidak dikenal.");
        }

        if ((await accounts.ListAsync()).FirstOrDefault(o => string.Equals(o.UserName, nama, StringComparison.OrdinalIgnoreCase)) is { } officer && IsAdmin(officer))
        {
            return await RefusedAsync($"{officer.UserName} adalah admin: admin melihat semua kabupaten, wilayahnya tidak perlu diatur.");
        }

        return Regencies(kabupaten, out var codes) is { } bad
            ? await RefusedAsync(bad)
            : await DoneAsync(await accounts.SetRegenciesAsync(nama, codes), $"Wilayah {nama} diubah.", AccessActions.AccountRegencies, $"{nama}: {string.Join(' ', codes)}");
    }

    public async Task<IActionResult> OnPostDisableAsync(string? nama) =>
        string.Equals(nama, User.Identity?.Name, StringComparison.OrdinalIgnoreCase)
            ? await RefusedAsync("Anda tidak dapat menonaktifkan akun Anda sendiri.")
            : await DoneAsync(await accounts.SetDisabledAsync(nama ?? string.Empty, disabled: true), $"Akun {nama} dinonaktifkan.", AccessActions.AccountDisabled, nama);

    public async Task<IActionResult> OnPostEnableAsync(string? nama) =>
        await DoneAsync(await accounts.SetDisabledAsync(nama ?? string.Empty, disabled: false), $"Akun {nama} diaktifkan.", AccessActions.AccountEnabled, nama);

    public async Task<IActionResult> OnPostUnlockAsync(string? nama) =>
        await DoneAsync(await accounts.UnlockAsync(nama ?? string.Empty), $"Kunci akun {nama} dibuka.", AccessActions.AccountUnlocked, nama);

    /// <summary>Locked by wrong passwords (not disabled): the row offers "Buka kunci".</summary>
    public bool IsLocked(OfficerSummary officer) =>
        !OfficerAccounts.IsDisabled(officer.LockoutEnd) && officer.LockoutEnd is { } end && end > time.GetUtcNow();

    public static bool IsAdmin(OfficerSummary officer) => officer.Roles.Contains(OfficerRoles.Admin, StringComparison.Ordinal);

    public static bool IsSponsor(OfficerSummary officer) => officer.Sponsors.Count > 0 || officer.Roles.Contains(OfficerRoles.Sponsor, StringComparison.Ordinal);

    public string RegencyNames(IReadOnlyList<string> codes) => codes.Count == 0
        ? "Semua wilayah"
        : string.Join(", ", codes.Select(c => $"{regions.FindRegency(c)?.DisplayName ?? c} ({c})"));

    /// <summary>Only here (admin) is a disabled account told apart from one locked by wrong passwords, with its end in WIB.</summary>
    public string State(OfficerSummary officer) =>
        OfficerAccounts.IsDisabled(officer.LockoutEnd) ? Disabled
        : officer.LockoutEnd is { } end && end > time.GetUtcNow()
            ? $"Terkunci (salah kata sandi) sampai {IndonesianFormat.DateTime(IndonesianTimeZone.Wib.ToLocal(end), IndonesianTimeZone.Wib.Abbreviation)}"
        : "Aktif";

    public const string Disabled = "Nonaktif";

    /// <summary>The picker's regencies, by province: what an admin chooses from (no codes to type).</summary>
    public IEnumerable<IGrouping<string, Regency>> RegencyChoices =>
        regions.AllRegencies.GroupBy(r => regions.FindProvince(r.ProvinceCode)?.Name ?? r.ProvinceCode).OrderBy(g => g.Key, StringComparer.Ordinal);

    /// <summary>The picker's choices (several values), or codes typed "63.06 63.07": each must be a regency of the catalogue.</summary>
    private string? Regencies(string[]? chosen, out IReadOnlyCollection<string> codes)
    {
        var list = string.Join(' ', chosen ?? []).Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
        codes = list;
        return list.FirstOrDefault(c => regions.FindRegency(c) is null) is { } unknown
            ? $"Kabupaten/kota dengan kode '{unknown}' tidak dikenal. Pilih dari daftar."
            : null;
    }

    private async Task<IActionResult> DoneAsync(string? error, string notice, string action, string? detail)
    {
        if (error is not null)
        {
            return await RefusedAsync(error);
        }

        await access.RecordAsync(HttpContext, action, detail);

        Notice = notice;
        return Redirect("/petugas/akun");
    }

    private async Task<IActionResult> RefusedAsync(string error)
    {
        Error = error;
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Officers = await accounts.ListAsync();
        await using var db = await dbFactory.CreateDbContextAsync();
        SponsorChoices = await db.Sponsors.AsNoTracking().OrderBy(p => p.Name).ToListAsync();
    }
}
