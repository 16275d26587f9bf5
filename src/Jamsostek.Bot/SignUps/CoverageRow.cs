namespace Jamsostek.Bot.SignUps;

/// <summary>Counts by status for one regency or village, against a sponsor's quota when there is one.</summary>
public sealed record CoverageRow(string Code, string Name, int Pending, int Approved, int Rejected, int Withdrawn, int? Quota)
{
    public int Total => Pending + Approved + Rejected + Withdrawn;
}
