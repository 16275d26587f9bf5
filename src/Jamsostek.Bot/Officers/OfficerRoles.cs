namespace Jamsostek.Bot.Officers;

/// <summary>The two roles: admin (manages officers, sees everything) and petugas (assigned regencies only).</summary>
public static class OfficerRoles
{
    public const string Admin = "admin";

    public const string Petugas = "petugas";

    public static IReadOnlyList<string> All { get; } = [Admin, Petugas];
}
