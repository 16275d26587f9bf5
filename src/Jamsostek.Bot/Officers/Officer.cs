using Microsoft.AspNetCore.Identity;

namespace Jamsostek.Bot.Officers;

/// <summary>An officer account (ASP.NET Core Identity); a petugas sees only the regencies listed in <see cref="Regencies"/>.</summary>
public sealed class Officer : IdentityUser
{
    /// <summary>Comma-separated regency codes, e.g. "63.06,63.07"; empty for an admin.</summary>
    public string Regencies { get; set; } = string.Empty;

    public IReadOnlyList<string> RegencyCodes =>
        Regencies.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
