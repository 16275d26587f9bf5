namespace Jamsostek.Bot.SignUps.Sponsors;

/// <summary>One village of a programme: covered (approved), pending, invited not yet confirmed, and how far from the quota.</summary>
public sealed record SponsorCoverageRow(string VillageCode, string VillageName, int? Quota, int Covered, int Pending, int Invited)
{
    /// <summary>Members still missing to reach the quota (0 once reached; 0 when the programme has no per-village quota).</summary>
    public int Gap => Quota is { } q ? Math.Max(0, q - Covered) : 0;
}
