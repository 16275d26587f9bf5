namespace Jamsostek.Bot.Privacy;

/// <summary>
/// One NIK typed in a chat (the NIK itself is not kept): the count behind the per-chat limit that stops a chat
/// from probing which NIKs already have a sign-up, and the trace officers see of chats that hit it.
/// </summary>
public sealed class NikEntry
{
    public long Id { get; set; }

    public required string Channel { get; set; }

    public required string ChatId { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>True when the entry came over the limit and was refused unread.</summary>
    public bool Refused { get; set; }
}
