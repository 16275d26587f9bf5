namespace Jamsostek.Bot.Conversations;

/// <summary>The stored <see cref="Jamsostek.Dialogs.Engine.ConversationState"/> of one chat.</summary>
public sealed class Conversation
{
    public long Id { get; set; }

    public required string Channel { get; set; }

    public required string ChatId { get; set; }

    public string? FlowId { get; set; }

    public int FlowVersion { get; set; }

    public string? StepId { get; set; }

    public string SlotsJson { get; set; } = "{}";

    public string TrailJson { get; set; } = "[]";

    public int Attempts { get; set; }


    public string? Pending { get; set; }

    public string? Source { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The registration attempt under way (a new id when a registration flow starts, cleared when it ends).</summary>
    public string? RegistrationSession { get; set; }

    /// <summary>Optimistic concurrency token, renewed on every save (see BotDbContext).</summary>
    public Guid Version { get; set; }
}
