using Jamsostek.Bot.SignUps;

namespace Jamsostek.Bot.Officers;

/// <summary>
/// An officer account's scope over sign-ups: all regencies for an admin, the assigned ones for a petugas, the programmes
/// for a petugas sponsor (one left without a programme sees nothing rather than a regency's every sign-up).
/// </summary>
public static class OfficerScopes
{
    public static OfficerScope Of(Officer officer, bool isAdmin, bool isSponsor = false)
    {
        ArgumentNullException.ThrowIfNull(officer);
        var scope = new OfficerScope(officer.UserName ?? officer.Id, isAdmin, officer.RegencyCodes);
        return isSponsor && !isAdmin ? scope with { Sponsors = officer.SponsorCodes.Count > 0 ? officer.SponsorCodes : [string.Empty] } : scope;
    }
}
