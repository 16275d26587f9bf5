namespace Jamsostek.Bot.Payments;

/// <summary>
/// The worker said "sudah bayar": that month's reminders pause until an officer confirms it (a payment is
/// recorded, which closes the claim) or the pause runs out.
/// </summary>
public sealed class PaymentClaim
{
    public long Id { get; set; }

    public long MemberId { get; set; }

    /// <summary>The oldest unpaid month when the worker claimed (first day).</summary>
    public DateOnly ContributionMonth { get; set; }

    public DateTimeOffset ClaimedAt { get; set; }

    /// <summary>Set when a payment covering the month is recorded.</summary>
    public DateTimeOffset? ClosedAt { get; set; }
}
