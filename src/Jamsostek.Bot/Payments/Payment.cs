namespace Jamsostek.Bot.Payments;

/// <summary>Money received for a member's contribution months; the reference makes recording it idempotent.</summary>
public sealed class Payment
{
    public long Id { get; set; }

    public long MemberId { get; set; }

    /// <summary>The payer's or partner's reference; unique, so the same payment imported twice is recorded once.</summary>
    public required string Reference { get; set; }

    /// <summary>The first contribution month covered (first day).</summary>
    public DateOnly FirstMonth { get; set; }

    public int Months { get; set; }

    public decimal Amount { get; set; }

    /// <summary>What the tariff asks for those months.</summary>
    public decimal ExpectedAmount { get; set; }

    /// <summary>Amount differs from the tariff: accepted (the money was paid) and shown to officers.</summary>
    public bool AmountMismatch { get; set; }

    public DateTimeOffset PaidAt { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>"csv", "api" or "petugas".</summary>
    public required string Source { get; set; }

    public string? RecordedBy { get; set; }
}
