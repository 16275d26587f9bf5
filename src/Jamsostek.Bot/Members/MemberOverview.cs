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
    int RemindersSent,
    string? SelfPaidPrograms = null)
{
    /// <summary>A sponsor pays everything: nothing is owed, no arrears to show.</summary>
    public bool FullySponsored => Sponsored && SelfPaidPrograms is null;

    public static MemberOverview Of(Member member, ContributionSchedule schedule, DateTimeOffset now, int remindersSent)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(schedule);
        var zone = IndonesianTimeZone.FromIanaId(member.TimeZone) ?? IndonesianTimeZone.Wib;
        var today = DateOnly.FromDateTime(zone.ToLocal(now).DateTime);
        if (!member.PaysSelf)
        {
            return new(member.Id, member.Kpj, member.FullName, member.RegencyCode, member.VillageCode, true, member.RemindersOn,
                member.FirstContributionMonth, member.PaidThrough, 0, false, null, null, remindersSent);
        }

        var terms = member.Terms();
        var next = schedule.NextPayment(terms);
        var arrears = schedule.MonthsInArrears(terms, today);
        return new(member.Id, member.Kpj, member.FullName, member.RegencyCode, member.VillageCode, member.Sponsored, member.RemindersOn,
            member.FirstContributionMonth, member.PaidThrough, arrears, arrears > ContributionSchedule.LapseAfterMonths,
            next.DueDate, next.Amount, remindersSent, member.Sponsored ? member.SelfPaidPrograms : null);
    }
}
