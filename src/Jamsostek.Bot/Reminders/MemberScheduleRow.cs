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
    public MemberTerms Terms() => new(
        FirstContributionMonth,
        PaymentPeriodMonths,
        PaidThrough,
        MonthlyIncome,
        SignUps.SignUpPrograms.Parse(Programs),
        Occupation);

    public IndonesianTimeZone Zone => IndonesianTimeZone.FromIanaId(TimeZone) ?? IndonesianTimeZone.Wib;
}
