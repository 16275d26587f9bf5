namespace Jamsostek.Bot.SignUps.Sponsors;

/// <summary>One row's verdict: the reasons it is refused (none: valid) and its values as the invitation will hold them.</summary>
public sealed record SponsorRowResult(int Line, List<string> Reasons, string? Nik, string Name, string? Phone, Jamsostek.Bpu.Village? Village, string Occupation)
{
    public bool Ok => Reasons.Count == 0;
}
