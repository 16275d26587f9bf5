namespace Jamsostek.Bot.Channels.Telegram;

public enum SendOutcomeKind
{
    /// <summary>Delivered; the message id is known.</summary>
    Sent,

    /// <summary>429: wait <see cref="SendOutcome.RetryAfter"/> and send again.</summary>
    RetryAfter,

    /// <summary>5xx, network error or timeout: retry with backoff.</summary>
    Transient,

    /// <summary>The person blocked the bot, deleted the account, or the chat is gone: stop sending to it.</summary>
    Unreachable,

    /// <summary>Any other 4xx: the request itself is wrong; retrying will not help.</summary>
    Rejected,
}
