namespace Jamsostek.Bot.Officers;

/// <summary>
/// The roles: admin (manages officers, sees everything), petugas (assigned regencies only) and petugas sponsor (a
/// regency's own staff: their sponsor programmes' people and figures only, see <c>OfficerScope.Sponsors</c>).
/// </summary>
public static class OfficerRoles
{
    public const string Admin = "admin";

    public const string Petugas = "petugas";

    public const string Sponsor = "sponsor";

    public static IReadOnlyList<string> All { get; } = [Admin, Petugas, Sponsor];
}
