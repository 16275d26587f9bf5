namespace Jamsostek.Bot.Payments;

/// <summary>What became of one payment: recorded (maybe flagged), already recorded (same reference), or refused and why.</summary>
public sealed record PaymentOutcome(string Reference, string Status, string? Error, long? MemberId, DateOnly? PaidThrough, bool AmountMismatch, decimal? ExpectedAmount)
{
    public const string Recorded = "recorded";
    public const string Duplicate = "duplicate";
    public const string Refused = "refused";

    public static PaymentOutcome Refuse(string reference, string error) => new(reference, Refused, error, null, null, false, null);
}
