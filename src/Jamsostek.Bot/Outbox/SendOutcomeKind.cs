namespace Jamsostek.Bot.Outbox;

public enum SendOutcomeKind
{
    /// <summary>Delivered; the message id is known.</summary>
    Sent,

    /// <summary>Rate limited (Telegram 429, WhatsApp 130429/131056): wait <see cref="SendOutcome.RetryAfter"/> and send again.</summary>
    RetryAfter,

    /// <summary>5xx, network error or timeout: retry with backoff.</summary>
    Transient,

    /// <summary>The person blocked the bot, deleted the account, or the chat is gone: stop sending to it.</summary>
    Unreachable,

    /// <summary>Refused for good (any other 4xx, a permanent channel error): retrying will not help; officers see the reason.</summary>
    Rejected,

    /// <summary>The channel takes free text only inside its window (WhatsApp 131047): render the row as a template and send again.</summary>
    OutsideWindow,
}
