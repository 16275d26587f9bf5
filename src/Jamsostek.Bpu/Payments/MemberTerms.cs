namespace Jamsostek.Bpu;

/// <summary>What a self-paying member's schedule depends on.</summary>
/// <param name="FirstMonth">The first contribution month (first day), as the approval notice quoted it.</param>
/// <param name="PeriodMonths">1, 3, 6 or 12: how many months one payment covers.</param>
/// <param name="PaidThrough">The last contribution month paid (first day), null before the first payment.</param>
public sealed record MemberTerms(
    DateOnly FirstMonth,
    int PeriodMonths,
    DateOnly? PaidThrough,
    decimal MonthlyIncome,
    IReadOnlyCollection<BpuProgram> Programs,
    string? Occupation)
{
    /// <summary>The oldest contribution month not paid yet.</summary>
    public DateOnly NextUnpaidMonth => PaidThrough is { } paid && paid >= FirstMonth ? paid.AddMonths(1) : FirstMonth;
}
