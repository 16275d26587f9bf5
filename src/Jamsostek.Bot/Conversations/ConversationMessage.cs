namespace Jamsostek.Bot.Conversations;

/// <summary>One line of a chat's transcript (inbound text or a reply), shown to officers on the detail page.</summary>
public sealed class ConversationMessage
{
    public const string Inbound = "in";

    public const string Outbound = "out";

    public long Id { get; set; }

    public required string Channel { get; set; }

    public required string ChatId { get; set; }

    /// <summary>"in" (the worker) or "out" (the bot).</summary>
    public required string Direction { get; set; }

    public required string Text { get; set; }

    public DateTimeOffset At { get; set; }
}
