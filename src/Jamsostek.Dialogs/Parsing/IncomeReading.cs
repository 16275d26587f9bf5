namespace Jamsostek.Dialogs.Parsing;

/// <summary>An income as typed: the amount, what it is counted over, and whether it was a bare number
/// (no "rb", "jt" or "Rp"), so that "1500" can be offered back as Rp1.500.000.</summary>
public sealed record IncomeReading(decimal Amount, IncomePeriod Per, bool Bare);
