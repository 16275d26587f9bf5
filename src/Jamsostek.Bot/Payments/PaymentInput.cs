namespace Jamsostek.Bot.Payments;

/// <summary>A payment as a file row, an API item or an officer's form gives it.</summary>
public sealed record PaymentInput(string Nik, string Kpj, int Months, decimal Amount, DateTimeOffset PaidAt, string Reference);
