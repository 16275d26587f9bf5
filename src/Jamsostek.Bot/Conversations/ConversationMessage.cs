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

    /// <summary>
    /// The registration attempt the line was typed or sent in (<see cref="Conversation.RegistrationSession"/>), carried
    /// to the sign-up on submit: a chat that registers several people shows each officer only their person's lines.
    /// Null outside any registration.
    /// </summary>
    public string? SessionId { get; set; }
}
