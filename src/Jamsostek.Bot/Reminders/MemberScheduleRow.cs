using Jamsostek.Bpu;

namespace Jamsostek.Bot.Reminders;

/// <summary>The columns of a member a planning pass reads (no tracking, one batch at a time).</summary>
public sealed record MemberScheduleRow(
    long Id,
    string Kpj,
    string Programs,
    int PaymentPeriodMonths,
    decimal MonthlyIncome,
    string Occupation,
    DateOnly FirstContributionMonth,
    DateOnly? PaidThrough,
    string TimeZone,
    string Channel,
    string ChatId)
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<BpuProgram>> ParsedPrograms = new(StringComparer.Ordinal);

    public MemberTerms Terms() => new(
        FirstContributionMonth,
        PaymentPeriodMonths,
        PaidThrough,
        MonthlyIncome,
        ParsedPrograms.GetOrAdd(Programs, SignUps.SignUpPrograms.Parse),
        Occupation);

    public IndonesianTimeZone Zone => IndonesianTimeZone.FromIanaId(TimeZone) ?? IndonesianTimeZone.Wib;
}
