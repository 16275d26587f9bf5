namespace Jamsostek.Bot.SignUps.Coverage;

/// <summary>
/// Counts by status for one regency or village, against a sponsor's quota when there is one. <see cref="Sponsored"/>
/// counts only the approved sign-ups that came through a quota sponsor's own link (Source = its code): what the quota measures.
/// </summary>
public sealed record CoverageRow(string Code, string Name, int Pending, int Approved, int Rejected, int Withdrawn, int? Quota, int Sponsored = 0)
{
    public int Total => Pending + Approved + Rejected + Withdrawn;

    /// <summary>"Kec. Kandangan" for a village (two villages of one regency may share a name); empty for a regency.</summary>
    public string District { get; init; } = string.Empty;

    /// <summary>On a sponsor's list and invited, not yet signed up through the link (the worker has not consented yet).</summary>
    public int Invited { get; init; }

    /// <summary>Approved through the sponsor against its quota, in whole percent; null without a quota.</summary>
    public int? QuotaPercent => Quota is { } q && q > 0 ? Sponsored * 100 / q : null;
}
