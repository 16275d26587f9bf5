namespace Jamsostek.Bot.Outbox;

/// <summary>
/// A channel's half that delivers one rendered part and says what happened. It never throws for a failure of the
/// channel (that is an outcome); only the caller's cancellation escapes. It logs no text, token or phone number.
/// </summary>
public interface IOutboxTransport
{
    string Channel { get; }

    /// <summary>The channel's pace, retry limits and poll interval, from its settings.</summary>
    OutboxChannelSettings Settings { get; }

    Task<SendOutcome> SendAsync(OutboxMessage row, OutboxPart part, CancellationToken cancellationToken);
}
