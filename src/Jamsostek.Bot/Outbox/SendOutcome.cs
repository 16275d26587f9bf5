namespace Jamsostek.Bot.Outbox;

/// <summary>
/// What became of one send, as a channel's transport reports it to the dispatcher. Reasons come from the channel's
/// error description or an exception type, never a token, a text or a phone number.
/// </summary>
public sealed record SendOutcome(SendOutcomeKind Kind, string? MessageId = null, TimeSpan? RetryAfter = null, string? Reason = null, bool RecipientOnly = false)
{
    public static SendOutcome Sent(string messageId) => new(SendOutcomeKind.Sent, MessageId: messageId);

    public static SendOutcome Wait(TimeSpan retryAfter, string? reason = null) =>
        new(SendOutcomeKind.RetryAfter, RetryAfter: retryAfter, Reason: reason);

    /// <summary>A limit on this one recipient (WhatsApp's pair rate): only their rows wait, the channel goes on.</summary>
    public static SendOutcome WaitForRecipient(TimeSpan retryAfter, string? reason = null) =>
        new(SendOutcomeKind.RetryAfter, RetryAfter: retryAfter, Reason: reason, RecipientOnly: true);

    public static SendOutcome Transient(string reason) => new(SendOutcomeKind.Transient, Reason: reason);

    public static SendOutcome Unreachable(string reason) => new(SendOutcomeKind.Unreachable, Reason: reason);

    public static SendOutcome Rejected(string reason) => new(SendOutcomeKind.Rejected, Reason: reason);

    public static SendOutcome OutsideWindow(string reason) => new(SendOutcomeKind.OutsideWindow, Reason: reason);

    public bool IsSent => Kind == SendOutcomeKind.Sent;
}
