namespace Jamsostek.Bot.Outbox;

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

    /// <summary>Parts already delivered, for a reply the channel splits (Telegram's 4096 characters).</summary>
    public int PartsSent { get; set; }

    /// <summary>
    /// The channel's id of the last part sent (Telegram's message_id as digits, WhatsApp's wamid), to find the reply a
    /// button belongs to and to match the channel's delivery statuses.
    /// </summary>
    public string? ExternalMessageId { get; set; }

    /// <summary>What kind of notice this is (a key of the channel's template settings, e.g. "reminder"); null for a turn's reply.</summary>
    public string? NoticeKind { get; set; }

    /// <summary>JSON object of the notice's values (name, kpj, month, amount, dueDate) for a channel that sends it as a template.</summary>
    public string? NoticeParametersJson { get; set; }

    /// <summary>The channel refused free text (outside WhatsApp's 24-hour window): render it as a template next time.</summary>
    public bool NeedsTemplate { get; set; }

    /// <summary>
    /// Held until the person writes again (outside the window and no template for its kind); the row and its chat's
    /// later rows wait instead of failing. Cleared when a message from the person arrives.
    /// </summary>
    public bool AwaitingInbound { get; set; }

    /// <summary>The channel's last delivery status (sent, delivered, read, failed) and when it came.</summary>
    public string? DeliveryStatus { get; set; }

    public DateTimeOffset? DeliveryStatusAt { get; set; }

    /// <summary>Set when the reply will never be sent (chat unreachable, refused by the channel, too many failures).</summary>
    public DateTimeOffset? AbandonedAt { get; set; }

    /// <summary>The dispatcher (process) that holds the lease on this row while it sends it; null when free.</summary>
    public string? ClaimedBy { get; set; }

    /// <summary>The lease ends here: after it another dispatcher may take the row over (its holder died mid-send).</summary>
    public DateTimeOffset? ClaimedUntil { get; set; }

    /// <summary>The inbound message id whose turn produced this reply.</summary>
    public string? TurnMessageId { get; set; }

    /// <summary>
    /// Not stored: whether the chat's reply before this one showed the request_contact keyboard, when the turn that
    /// leased this row knew it (its snapshot); null otherwise, and the renderer reads it.
    /// </summary>
    public bool? ContactKeyboardShownBefore { get; set; }
}
