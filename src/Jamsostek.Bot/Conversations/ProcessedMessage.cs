namespace Jamsostek.Bot.Conversations;

/// <summary>An inbound message id already handled; the unique index makes redeliveries no-ops.</summary>
public sealed class ProcessedMessage
{
    public long Id { get; set; }

    public required string Channel { get; set; }

    public required string MessageId { get; set; }

    public DateTimeOffset ProcessedAt { get; set; }
}
