using System.Text.RegularExpressions;
using Jamsostek.Bot.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Officers;

/// <summary>Creates and lists officer accounts (CLI, first start, admin page).</summary>
public sealed partial class OfficerAccounts(UserManager<Officer> users, RoleManager<IdentityRole> roles, IDbContextFactory<BotDbContext> dbFactory)
{
    public async Task EnsureRolesAsync()
    {
        foreach (var role in OfficerRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }

    public async Task<bool> AnyAsync() => await users.Users.AnyAsync();

    /// <returns>null when created, else why not (Bahasa Indonesia).</returns>
    /// <param name="sponsors">A sponsor officer's programme codes (at least one); their regencies become the account's.</param>
    public async Task<string?> CreateAsync(string userName, string role, IReadOnlyCollection<string> regencies, string password, IReadOnlyCollection<string>? sponsors = null)
    {
        if (!OfficerRoles.All.Contains(role))
        {
            return $"Peran '{role}' tidak dikenal: admin, petugas atau sponsor.";
        }

        var programmes = (sponsors ?? []).Distinct(StringComparer.Ordinal).ToList();
        if (role == OfficerRoles.Sponsor)
        {
            if (programmes.Count == 0)
            {
                return "Petugas sponsor perlu minimal satu program sponsor. Pilih programnya.";
            }

            await using var db = await dbFactory.CreateDbContextAsync();
            var found = await db.Sponsors.AsNoTracking().Where(s => programmes.Contains(s.Code)).Select(s => new { s.Code, s.RegencyCode }).ToListAsync();
            if (programmes.FirstOrDefault(p => found.All(f => f.Code != p)) is { } unknown)
            {
                return $"Program sponsor '{unknown}' tidak ada.";
            }

            regencies = [.. found.Select(f => f.RegencyCode).Distinct()];
        }
        else if (programmes.Count > 0)
        {
            return "Program sponsor hanya untuk akun berperan sponsor.";
        }

        if (regencies.FirstOrDefault(r => !RegencyCode().IsMatch(r)) is { } bad)
        {
            return $"Kode kabupaten '{bad}' tidak valid, contoh: 63.06.";
        }

        if (role == OfficerRoles.Petugas && regencies.Count == 0)
        {
            return "Petugas perlu minimal satu kabupaten/kota. Pilih wilayahnya.";
        }

        await EnsureRolesAsync();
        var officer = new Officer
        {
            UserName = userName, Regencies = string.Join(',', regencies.Distinct()), Sponsors = string.Join(',', programmes), LockoutEnabled = true,
        };
        var created = await users.CreateAsync(officer, password);
        if (!created.Succeeded)
        {
            return Describe(created);
        }

        var added = await users.AddToRoleAsync(officer, role);
        return added.Succeeded ? null : Describe(added);
    }

    public async Task<IReadOnlyList<OfficerSummary>> ListAsync()
    {
        var officers = await users.Users.OrderBy(o => o.UserName).ToListAsync();
        var list = new List<OfficerSummary>();
        foreach (var o in officers)
        {
            var officerRoles = await users.GetRolesAsync(o);
            list.Add(new OfficerSummary(o.UserName ?? o.Id, string.Join(',', officerRoles), o.RegencyCodes, o.LockoutEnd) { Sponsors = o.SponsorCodes });
        }

        return list;
    }

    /// <summary>Sets a new password (the policy checked first, so a refused one leaves the old in place).</summary>
    public async Task<string?> ResetPasswordAsync(string userName, string password)
    {
        if (await users.FindByNameAsync(userName) is not { } officer)
        {
            return $"Akun {userName} tidak ada.";
        }

        foreach (var validator in users.PasswordValidators)
        {
            if (await validator.ValidateAsync(users, officer, password) is { Succeeded: false } bad)
            {
                return Describe(bad);
            }
        }

        var removed = await users.RemovePasswordAsync(officer);
        var added = removed.Succeeded ? await users.AddPasswordAsync(officer, password) : removed;
        if (!added.Succeeded)
        {
            return Describe(added);
        }

        // A new password also lifts a wrong-password lock (not a disabled account's): the admin gave it to end the lock.
        await UnlockAsync(officer);
        return null;
    }

    /// <summary>Lifts the 15-minute lock of wrong passwords ("Buka kunci"); a disabled account stays disabled.</summary>
    public async Task<string?> UnlockAsync(string userName)
    {
        if (await users.FindByNameAsync(userName) is not { } officer)
        {
            return $"Akun {userName} tidak ada.";
        }

        return IsDisabled(officer.LockoutEnd) ? $"Akun {userName} nonaktif; pilih Aktifkan." : await UnlockAsync(officer);
    }

    public async Task<string?> SetRegenciesAsync(string userName, IReadOnlyCollection<string> regencies)
    {
        if (await users.FindByNameAsync(userName) is not { } officer)
        {
            return $"Akun {userName} tidak ada.";
        }

        if (regencies.FirstOrDefault(r => !RegencyCode().IsMatch(r)) is { } bad)
        {
            return $"Kode kabupaten '{bad}' tidak valid, contoh: 63.06.";
        }

        if (await users.IsInRoleAsync(officer, OfficerRoles.Sponsor))
        {
            return $"{userName} adalah petugas sponsor: wilayahnya mengikuti program sponsornya.";
        }

        if (regencies.Count == 0 && await users.IsInRoleAsync(officer, OfficerRoles.Petugas))
        {
            return "Petugas perlu minimal satu kabupaten.";
        }

        officer.Regencies = string.Join(',', regencies.Distinct());
        var updated = await users.UpdateAsync(officer);
        return updated.Succeeded ? null : Describe(updated);
    }

    /// <summary>Disabled = locked out until the far future; the security stamp changes so open sessions end too.</summary>
    public async Task<string?> SetDisabledAsync(string userName, bool disabled)
    {
        if (await users.FindByNameAsync(userName) is not { } officer)
        {
            return $"Akun {userName} tidak ada.";
        }

        await users.SetLockoutEnabledAsync(officer, true);
        var result = await users.SetLockoutEndDateAsync(officer, disabled ? DateTimeOffset.MaxValue : null);
        if (!disabled)
        {
            await users.ResetAccessFailedCountAsync(officer);
        }

        await users.UpdateSecurityStampAsync(officer);
        return result.Succeeded ? null : Describe(result);
    }

    private async Task<string?> UnlockAsync(Officer officer)
    {
        await users.ResetAccessFailedCountAsync(officer);
        if (IsDisabled(officer.LockoutEnd) || officer.LockoutEnd is null)
        {
            return null;
        }

        var result = await users.SetLockoutEndDateAsync(officer, null);
        return result.Succeeded ? null : Describe(result);
    }

    /// <summary>A lockout end this far ahead is a disabled account, not the 15-minute lockout of wrong passwords.</summary>
    public static bool IsDisabled(DateTimeOffset? lockoutEnd) => lockoutEnd is { } end && end.Year > 9000;

    private static string Describe(IdentityResult result) =>
        string.Join(" ", result.Errors.Select(e => e.Code switch
        {
            "DuplicateUserName" => "Nama pengguna sudah dipakai.",
            "PasswordTooShort" => "Kata sandi terlalu pendek (minimal 10 karakter).",
            "PasswordRequiresDigit" => "Kata sandi harus memuat angka.",
            "PasswordRequiresLower" => "Kata sandi harus memuat huruf kecil.",
            "PasswordRequiresUpper" => "Kata sandi harus memuat huruf besar.",
            "InvalidUserName" => "Nama pengguna hanya boleh huruf, angka, titik, garis bawah atau tanda hubung.",
            _ => e.Description,
        }));

    [GeneratedRegex(@"^\d{2}\.\d{2}$")]
    private static partial Regex RegencyCode();
}
