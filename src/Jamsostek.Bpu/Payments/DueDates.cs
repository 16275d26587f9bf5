namespace Jamsostek.Bpu;

public static class DueDates
{
    private const int DueDay = 15;

    /// <summary>
    /// The due date of a contribution month: the 15th of that same month (PP 44/2015). When the 15th
    /// is a holiday the regulation moves it to the next working day; holidays are not modelled yet
    /// (UNVERIFIED calendar source), so the 15th is returned as is.
    /// </summary>
    public static DateOnly DueDateOf(DateOnly contributionMonth) =>
        new(contributionMonth.Year, contributionMonth.Month, DueDay);

    /// <summary>
    /// The first contribution month (first day) whose due date is still ahead on <paramref name="day"/>:
    /// this month up to the 15th, else next month. A new member is never asked to pay a month whose
    /// due date has already passed.
    /// </summary>
    public static DateOnly FirstMonthDueOnOrAfter(DateOnly day)
    {
        var month = new DateOnly(day.Year, day.Month, 1);
        return day <= DueDateOf(month) ? month : month.AddMonths(1);
    }
}
