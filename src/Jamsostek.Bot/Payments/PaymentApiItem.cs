namespace Jamsostek.Bot.Payments;

/// <summary>One payment in the partner API's JSON (camelCase): paidAt is ISO-8601 with an offset.</summary>
public sealed record PaymentApiItem(string? Nik, string? Kpj, int Months, decimal Amount, DateTimeOffset? PaidAt, string? Reference);
