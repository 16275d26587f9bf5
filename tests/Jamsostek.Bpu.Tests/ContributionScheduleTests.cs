namespace Jamsostek.Bpu.Tests;

public class ContributionScheduleTests
{
    private static readonly BpuProgram[] JkkJkm = [BpuProgram.Jkk, BpuProgram.Jkm];
    private static readonly ContributionSchedule Schedule = new(Shared.Tariff, HolidayCalendar.LoadEmbedded());

    private static MemberTerms Terms(string first, int period = 1, string? paidThrough = null, string occupation = "pedagang") =>
        new(Shared.Month(first), period, paidThrough is null ? null : Shared.Month(paidThrough), 1_000_000m, JkkJkm, occupation);

    // January 2026 due Thursday 15th; lowest bracket JKK+JKM = Rp16.800, halved (Rp8.400) for transport Jan 2026-Mar 2027,
    // for others Apr-Dec 2026.
    [Theory]
    [InlineData("2026-01", 1, null, "pedagang", "2026-01-08", "h-7", "2026-01", "2026-01-15", 16_800)]
    [InlineData("2026-01", 1, null, "ojek", "2026-01-12", "h-3", "2026-01", "2026-01-15", 8_400)]
    [InlineData("2026-01", 1, null, "pedagang", "2026-01-14", "h-1", "2026-01", "2026-01-15", 16_800)]
    [InlineData("2026-01", 1, null, "pedagang", "2026-01-15", "h", "2026-01", "2026-01-15", 16_800)]
    [InlineData("2026-01", 1, null, "pedagang", "2026-01-16", "h+1", "2026-01", "2026-01-15", 16_800)]
    [InlineData("2026-03", 3, null, "pedagang", "2026-03-15", "h", "2026-03", "2026-03-16", 0)] // Sunday: no h on the 15th
    [InlineData("2026-03", 3, null, "pedagang", "2026-03-16", "h", "2026-03", "2026-03-16", 16_800 + 8_400 + 8_400)] // March full, April-May relief
    [InlineData("2026-08", 1, null, "pedagang", "2026-08-11", "h-7", "2026-08", "2026-08-18", 8_400)] // due moved past Independence Day
    [InlineData("2026-12", 6, null, "ojek", "2026-12-08", "h-7", "2026-12", "2026-12-15", 4 * 8_400 + 2 * 16_800)] // Dec-Mar relief, Apr-May full
    [InlineData("2026-12", 12, null, "pedagang", "2026-12-14", "h-1", "2026-12", "2026-12-15", 8_400 + 11 * 16_800)]
    [InlineData("2026-01", 1, "2026-01", "pedagang", "2026-02-15", "h", "2026-02", "2026-02-16", 0)] // February due Monday 16th
    [InlineData("2026-01", 1, "2026-01", "pedagang", "2026-02-16", "h", "2026-02", "2026-02-16", 16_800)]
    [InlineData("2026-01", 3, "2026-03", "pedagang", "2026-04-08", "h-7", "2026-04", "2026-04-15", 3 * 8_400)]
    [InlineData("2026-01", 1, null, "pedagang", "2026-02-09", "tunggakan-1", "2026-01", "2026-02-16", 2 * 16_800)] // a week before 16 Feb
    [InlineData("2026-01", 1, null, "pedagang", "2026-03-09", "tunggakan-2", "2026-01", "2026-03-16", 3 * 16_800)]
    [InlineData("2026-01", 1, null, "pedagang", "2026-04-08", "peringatan-akhir", "2026-01", "2026-04-15", 3 * 16_800 + 8_400)]
    [InlineData("2026-01", 1, null, "pedagang", "2026-05-08", "", "", "", 0)] // lapsed after 15 April: nothing more
    [InlineData("2026-01", 1, null, "pedagang", "2026-01-10", "", "", "", 0)]
    public void RemindersOn_GivesTheKindOfThatDay(string first, int period, string? paidThrough, string occupation, string today, string kind, string month, string due, int amount)
    {
        var reminders = Schedule.RemindersOn(Terms(first, period, paidThrough, occupation), Shared.Date(today)).ToList();
        if (amount == 0)
        {
            Assert.DoesNotContain(reminders, r => r.Kind == kind);
            return;
        }

        var reminder = Assert.Single(reminders);
        Assert.Equal((kind, Shared.Month(month), Shared.Date(due), (decimal)amount), (reminder.Kind, reminder.ContributionMonth, reminder.DueDate, reminder.Amount));
    }

    [Theory]
    [InlineData(null, "2026-01-15", 0, false)]
    [InlineData(null, "2026-01-16", 1, false)]
    [InlineData(null, "2026-02-17", 2, false)] // February due Monday 16th
    [InlineData(null, "2026-04-15", 3, false)] // the fourth month's due day itself: still in time
    [InlineData(null, "2026-04-16", 4, true)]  // more than 3 consecutive unpaid months: membership ends
    [InlineData("2026-02", "2026-04-16", 2, false)]
    [InlineData("2026-06", "2026-04-16", 0, false)] // paid ahead
    public void MonthsInArrears_CountsOverdueMonths_AndLapsesAfterThree(string? paidThrough, string today, int months, bool lapsed)
    {
        var terms = Terms("2026-01", paidThrough: paidThrough);
        Assert.Equal(months, Schedule.MonthsInArrears(terms, Shared.Date(today)));
        Assert.Equal(lapsed, Schedule.IsLapsed(terms, Shared.Date(today)));
    }

    [Fact]
    public void RemindersOn_GivesEachLadderKindOnce_OverAYearOfMonthlyPayingOnTheDueDay()
    {
        var terms = Terms("2026-01");
        var seen = new List<DueReminder>();
        for (var day = Shared.Date("2026-01-01"); day <= Shared.Date("2026-12-31"); day = day.AddDays(1))
        {
            seen.AddRange(Schedule.RemindersOn(terms, day));
            if (day == Schedule.DueDateOf(terms.NextUnpaidMonth))
            {
                terms = terms with { PaidThrough = terms.NextUnpaidMonth }; // paid on the due day, after its reminder
            }
        }

        Assert.Equal(12 * 4, seen.Count); // h-7, h-3, h-1, h every month; no h+1, no arrears
        Assert.All(seen.GroupBy(r => r.ContributionMonth), g => Assert.Equal(["h-7", "h-3", "h-1", "h"], g.Select(r => r.Kind)));
    }
}
