namespace Jamsostek.Bot.Agents;

/// <summary>One agent's line on /petugas/agen: what they sent and what became of it.</summary>
public sealed record AgentCountRow(long Id, string Name, string Kind, string RegencyCode, string? VillageCode, bool Linked, bool Active, int Submitted, int Confirmed, int Approved, int Rejected)
{
    /// <summary>Rejected among those decided, in whole percent; null before any decision.</summary>
    /// <summary>How the agent's account stands: linked to a chat, waiting for its code, or deactivated.</summary>
    public string StateLabel => Linked ? "ya" : Active ? "belum" : "nonaktif";

    public int? RejectionPercent => Approved + Rejected == 0 ? null : (int)Math.Round(100.0 * Rejected / (Approved + Rejected), MidpointRounding.AwayFromZero);
}
