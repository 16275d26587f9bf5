namespace Jamsostek.Bot.Agents;

/// <summary>One agent's line on /petugas/agen: what they sent and what became of it.</summary>
public sealed record AgentCountRow(long Id, string Name, string Kind, string RegencyCode, string? VillageCode, bool Linked, int Submitted, int Confirmed, int Approved, int Rejected)
{
    /// <summary>Rejected among those decided, in whole percent; null before any decision.</summary>
    public int? RejectionPercent => Approved + Rejected == 0 ? null : (int)Math.Round(100.0 * Rejected / (Approved + Rejected), MidpointRounding.AwayFromZero);
}
