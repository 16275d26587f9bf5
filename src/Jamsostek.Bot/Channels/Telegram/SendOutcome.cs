namespace Jamsostek.Bot.Channels.Telegram;

/// <summary>What became of one send. Reasons come from Telegram's description or an exception type, never a token.</summary>
public sealed record SendOutcome(SendOutcomeKind Kind, int? MessageId = null, TimeSpan? RetryAfter = null, string? Reason = null)
{
    public static SendOutcome Sent(int messageId) => new(SendOutcomeKind.Sent, MessageId: messageId);

    public static SendOutcome Wait(TimeSpan retryAfter, string? reason = null) =>
        new(SendOutcomeKind.RetryAfter, RetryAfter: retryAfter, Reason: reason);

    public static SendOutcome Transient(string reason) => new(SendOutcomeKind.Transient, Reason: reason);

    public static SendOutcome Unreachable(string reason) => new(SendOutcomeKind.Unreachable, Reason: reason);

    public static SendOutcome Rejected(string reason) => new(SendOutcomeKind.Rejected, Reason: reason);

    public bool IsSent => Kind == SendOutcomeKind.Sent;
}
