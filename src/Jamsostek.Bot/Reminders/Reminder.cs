namespace Jamsostek.Bot.Reminders;

/// <summary>
/// The reminder ledger: one row per (member, contribution month, kind), unique, written with the outbox
/// message in one transaction, so a reminder is queued at most once whatever the number of passes.
/// </summary>
public sealed class Reminder
{
    public long Id { get; set; }

    public long MemberId { get; set; }

    /// <summary>The unpaid month the reminder is about (first day).</summary>
    public DateOnly ContributionMonth { get; set; }

    /// <summary>An id of dialogs/pengingat (h-7 … peringatan-akhir).</summary>
    public required string Kind { get; set; }

    public DateOnly DueDate { get; set; }

    public decimal Amount { get; set; }

    /// <summary>When it was queued for sending (inside the member's local window).</summary>
    public DateTimeOffset SendAt { get; set; }

    public long? OutboxMessageId { get; set; }

    public Outbox.OutboxMessage? OutboxMessage { get; set; }

    /// <summary>Set when a payment landed before the message went out (its outbox row is abandoned).</summary>
    public DateTimeOffset? CancelledAt { get; set; }
}
