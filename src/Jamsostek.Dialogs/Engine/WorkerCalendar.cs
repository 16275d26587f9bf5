namespace Jamsostek.Dialogs.Engine;

/// <summary>
/// The date a worker lives in. Their zone is known only once their region is, so the engine uses WIB
/// (UTC+7), the zone of most of the country, until then; dates near midnight may be a day off in WITA/WIT.
/// </summary>
public static class WorkerCalendar
{
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(now.ToOffset(Wib).DateTime);

    /// <summary>
    /// The contribution month quoted now (first day): the first month the worker can still pay on time,
    /// this month up to its due date (the 15th), else next month. The approval notice uses the same rule
    /// (<see cref="Jamsostek.Bpu.DueDates.FirstMonthDueOnOrAfter"/>), so both quote the same month and amount.
    /// </summary>
    public static DateOnly ContributionMonth(DateTimeOffset now, Jamsostek.Bpu.HolidayCalendar holidays) =>
        Jamsostek.Bpu.DueDates.FirstMonthDueOnOrAfter(Today(now), holidays);
}
