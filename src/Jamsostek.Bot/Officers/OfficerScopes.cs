using Jamsostek.Bot.SignUps;

namespace Jamsostek.Bot.Officers;

/// <summary>An officer account's scope over sign-ups: all regencies for an admin, the assigned ones for a petugas.</summary>
public static class OfficerScopes
{
    public static OfficerScope Of(Officer officer, bool isAdmin) =>
        new(officer.UserName ?? officer.Id, isAdmin, officer.RegencyCodes);
}
