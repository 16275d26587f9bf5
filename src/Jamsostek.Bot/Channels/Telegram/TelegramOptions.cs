namespace Jamsostek.Bot.Channels.Telegram;

/// <summary>Settings of the Telegram channel, section "Telegram". The channel is off while no token is set.</summary>
public sealed class TelegramOptions
{
    public const string SectionName = "Telegram";

    /// <summary>The bot's token from BotFather ("123456:ABC..."). A secret: never logged.</summary>
    public string? BotToken { get; set; }

    /// <summary>Base address of the Bot API; null means the public https://api.telegram.org.</summary>
    public string? ApiBaseUrl { get; set; }

    /// <summary>The bot's @username (with or without '@') for t.me links; null asks Telegram once (getMe).</summary>
    public string? BotUsername { get; set; }

    public TelegramMode Mode { get; set; } = TelegramMode.Polling;

    /// <summary>Public https address Telegram posts updates to (Webhook mode).</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>Sent back by Telegram in X-Telegram-Bot-Api-Secret-Token. A secret: never logged.</summary>
    public string? WebhookSecret { get; set; }

    public double GlobalMessagesPerSecond { get; set; } = 30;

    public double PerChatMessagesPerSecond { get; set; } = 1;

    /// <summary>How many messages one chat may get back to back before the per-chat pace applies.</summary>
    public int PerChatBurst { get; set; } = 3;

    /// <summary>Long-poll wait of GetUpdates in polling mode; tests shorten it.</summary>
    public int PollingTimeoutSeconds { get; set; } = 25;

    /// <summary>How often the outbox is looked at when nothing woke the dispatcher.</summary>
    public double OutboxPollSeconds { get; set; } = 1;

    /// <summary>
    /// A reply that keeps failing with server or network errors gets at least this many tries; it is given up
    /// only once it has had them all and is older than <see cref="GiveUpAfterHours"/>.
    /// </summary>
    public int MaxSendAttempts { get; set; } = 8;

    /// <summary>Transient failures are retried (backoff capped at 5 minutes) until the reply is this old.</summary>
    public double GiveUpAfterHours { get; set; } = 24;

    /// <summary>
    /// How long a webhook update waits for its chat's earlier updates posted in parallel (0-5000). 0 (the default): no
    /// fixed wait; an update waits only while an earlier update of its chat is being handled, then they go in update_id order.
    /// </summary>
    public int OrderingWindowMilliseconds { get; set; }

    /// <summary>
    /// Whether a pressed button is also written into its message ("… → Ya, setuju") with an extra editMessageText call.
    /// Off by default: the press is acknowledged (answerCallbackQuery) and the reply follows; Telegram allows a bot
    /// about 30 calls a second in all, so an extra call per press is fewer people served at once.
    /// </summary>
    public bool EchoPressedButton { get; set; }

    /// <summary>
    /// Whether a webhook update's pressed button is acknowledged in the webhook's own response (Telegram runs the
    /// answerCallbackQuery it holds) instead of a separate Bot API call. On by default: one call fewer per press, and an
    /// acknowledgement needs no result. Polling, and a press answered with a notice, still call the API.
    /// </summary>
    public bool AcknowledgeInWebhookResponse { get; set; } = true;

    /// <summary>
    /// (webhook) How many updates are worked on at once; later ones wait their turn in arrival order (0: no limit).
    /// The turn writer commits up to 64 turns together, so fewer than that would leave its batches half empty.
    /// </summary>
    public int MaxUpdatesInProgress { get; set; } = 64;

    /// <summary>Limit on one Bot API call (send, edit, answer); a long poll gets PollingTimeoutSeconds on top.</summary>
    public int RequestTimeoutSeconds { get; set; } = 15;

    /// <summary>True when a bot token is configured, i.e. the channel should run.</summary>
    public bool IsEnabled => IsEnabledFor(BotToken);

    public static bool IsEnabledFor(string? botToken) => !string.IsNullOrWhiteSpace(botToken);

    public override string ToString() => $"TelegramOptions(Mode={Mode}, Enabled={IsEnabled})";
}
