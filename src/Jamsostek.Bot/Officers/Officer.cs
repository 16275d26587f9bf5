using Microsoft.AspNetCore.Identity;

namespace Jamsostek.Bot.Officers;

/// <summary>An officer account (ASP.NET Core Identity); a petugas sees only the regencies listed in <see cref="Regencies"/>.</summary>
public sealed class Officer : IdentityUser
{
    /// <summary>Comma-separated regency codes, e.g. "63.06,63.07"; empty for an admin.</summary>
    public string Regencies { get; set; } = string.Empty;

    /// <summary>Comma-separated sponsor programme codes of a sponsor officer ("petugas sponsor"), e.g. "hss2026"; empty for the others.</summary>
    public string Sponsors { get; set; } = string.Empty;

    public IReadOnlyList<string> SponsorCodes =>
        Sponsors.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public IReadOnlyList<string> RegencyCodes =>
        Regencies.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
