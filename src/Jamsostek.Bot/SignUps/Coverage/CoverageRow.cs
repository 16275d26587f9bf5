namespace Jamsostek.Bot.SignUps.Coverage;

/// <summary>
/// Counts by status for one regency or village, against a sponsor's quota when there is one. <see cref="Sponsored"/>
/// counts only the approved sign-ups that came through a quota sponsor's own link (Source = its code): what the quota measures.
/// </summary>
public sealed record CoverageRow(string Code, string Name, int Pending, int Approved, int Rejected, int Withdrawn, int? Quota, int Sponsored = 0)
{
    public int Total => Pending + Approved + Rejected + Withdrawn;
}
