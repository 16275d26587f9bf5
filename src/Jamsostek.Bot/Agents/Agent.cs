namespace Jamsostek.Bot.Agents;

/// <summary>
/// A person who registers workers who cannot do it alone on a phone (a village cadre, a PERISAI agent, an RT head),
/// created by an officer and linked once to their own chat with a one-time code.
/// </summary>
public sealed class Agent
{
    public long Id { get; set; }

    public required string Name { get; set; }

    /// <summary>One of <see cref="AgentKinds"/>.</summary>
    public required string Kind { get; set; }

    public required string RegencyCode { get; set; }

    public string? VillageCode { get; set; }

    /// <summary>E.164; encrypted like every phone (Data/FieldEncryption).</summary>
    public required string Phone { get; set; }

    /// <summary>The one-time code that links the agent's chat; null once used.</summary>
    public string? LinkCode { get; set; }

    /// <summary>The agent's own chat, once linked.</summary>
    public string? Channel { get; set; }

    public string? ChatId { get; set; }

    public DateTimeOffset? LinkedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }
}
