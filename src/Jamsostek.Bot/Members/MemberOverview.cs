using Jamsostek.Bpu;

namespace Jamsostek.Bot.Members;

/// <summary>A member as officers and `members list` see it: paid-through, arrears, next due date and amount, reminders sent.</summary>
public sealed record MemberOverview(
    long Id,
    string Kpj,
    string FullName,
    string RegencyCode,
    string VillageCode,
    bool Sponsored,
    bool RemindersOn,
    DateOnly FirstContributionMonth,
    DateOnly? PaidThrough,
    int MonthsInArrears,
    bool Lapsed,
    DateOnly? NextDueDate,
    decimal? NextAmount,
    int RemindersSent)
{
    public static MemberOverview Of(Member member, ContributionSchedule schedule, DateTimeOffset now, int remindersSent)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(schedule);
        var zone = IndonesianTimeZone.FromIanaId(member.TimeZone) ?? IndonesianTimeZone.Wib;
        var today = DateOnly.FromDateTime(zone.ToLocal(now).DateTime);
        if (member.Sponsored)
        {
            return new(member.Id, member.Kpj, member.FullName, member.RegencyCode, member.VillageCode, true, member.RemindersOn,
                member.FirstContributionMonth, member.PaidThrough, 0, false, null, null, remindersSent);
        }

        var terms = member.Terms();
        var next = schedule.NextPayment(terms);
        var arrears = schedule.MonthsInArrears(terms, today);
        return new(member.Id, member.Kpj, member.FullName, member.RegencyCode, member.VillageCode, false, member.RemindersOn,
            member.FirstContributionMonth, member.PaidThrough, arrears, arrears > ContributionSchedule.LapseAfterMonths,
            next.DueDate, next.Amount, remindersSent);
    }
}
