namespace Jamsostek.Bot.Channels;

/// <summary>A reply waiting to be (or already) sent; written in the turn's transaction, sent after it.</summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }

    public required string Channel { get; set; }

    public required string ChatId { get; set; }

    public required string Text { get; set; }

    /// <summary>JSON array of {"id","label"}.</summary>
    public string ChoicesJson { get; set; } = "[]";

    public bool RequestContact { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset? NextAttemptAt { get; set; }

    public string? LastError { get; set; }

    /// <summary>The inbound message id whose turn produced this reply.</summary>
    public string? TurnMessageId { get; set; }
}
