namespace Jamsostek.Bpu;

public static class DueDates
{
    private const int DueDay = 15;

    /// <summary>
    /// The due date of a contribution month: the 15th of that same month (PP 44/2015), moved to the next
    /// working day when the 15th is a weekend or a holiday of <paramref name="calendar"/>.
    /// </summary>
    public static DateOnly DueDateOf(DateOnly contributionMonth, HolidayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.NextWorkingDayOnOrAfter(new DateOnly(contributionMonth.Year, contributionMonth.Month, DueDay));
    }

    /// <summary>
    /// The first contribution month (first day) whose due date is still ahead on <paramref name="day"/>:
    /// this month up to its due date, else next month. A new member is never asked to pay a month whose
    /// due date has already passed. The approval notice and the member's schedule both use this.
    /// </summary>
    public static DateOnly FirstMonthDueOnOrAfter(DateOnly day, HolidayCalendar calendar)
    {
        var month = new DateOnly(day.Year, day.Month, 1);
        return day <= DueDateOf(month, calendar) ? month : month.AddMonths(1);
    }
}
