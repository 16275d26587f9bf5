namespace Jamsostek.Bot.Payments;

/// <summary>An open "sudah bayar" claim as officers see it, with what confirming it records by default.</summary>
public sealed record OpenClaimRow(long Id, string Kpj, string FullName, string RegencyCode, DateOnly ContributionMonth, DateTimeOffset ClaimedAt, int Months, decimal ExpectedAmount);

/// <summary>A payment recorded with an amount unlike the tariff of its months.</summary>
public sealed record FlaggedPaymentRow(long Id, string Kpj, string FullName, string RegencyCode, string Reference, DateOnly FirstMonth, int Months, decimal Amount, decimal ExpectedAmount, DateTimeOffset PaidAt, string Source);

/// <summary>What became of an officer's confirm or dismiss: done, not theirs or gone (404), or refused with a reason to show.</summary>
public sealed record ClaimReviewResult(bool Succeeded, bool NotFound, string? Error)
{
    public static ClaimReviewResult Done { get; } = new(true, false, null);

    public static ClaimReviewResult Missing { get; } = new(false, true, null);

    public static ClaimReviewResult Refused(string error) => new(false, false, error);
}
