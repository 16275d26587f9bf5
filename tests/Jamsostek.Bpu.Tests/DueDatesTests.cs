namespace Jamsostek.Bpu.Tests;

public class DueDatesTests
{
    private static readonly HolidayCalendar Embedded = HolidayCalendar.LoadEmbedded();

    [Theory]
    [InlineData("2026-04-01", "2026-04-15")] // Wednesday
    [InlineData("2026-02-01", "2026-02-16")] // Sunday -> Monday 16th (a cuti bersama, which does not move a due date by default)
    [InlineData("2026-03-01", "2026-03-16")] // Sunday -> Monday
    [InlineData("2026-08-01", "2026-08-18")] // Saturday, Monday 17 August is Independence Day
    [InlineData("2026-05-01", "2026-05-15")] // Friday 15 May 2026 is cuti bersama only: still due
    [InlineData("2026-11-01", "2026-11-16")] // Sunday -> Monday
    [InlineData("2026-12-31", "2026-12-15")] // any day of the month names the month
    [InlineData("2027-05-01", "2027-05-18")] // Saturday, Monday 17th Idul Adha (unverified) -> Tuesday
    [InlineData("2027-08-01", "2027-08-16")] // Sunday (Maulid, unverified) -> Monday
    public void DueDateOf_IsTheFifteenthOrTheNextWorkingDay_WithTheEmbeddedCalendar(string month, string expected) =>
        Assert.Equal(Shared.Date(expected), DueDates.DueDateOf(Shared.Date(month), Embedded));

    [Theory]
    [InlineData("2026-02-01", "2026-02-18")] // Sunday, Monday cuti bersama Imlek, Tuesday Imlek
    [InlineData("2026-05-01", "2026-05-18")] // Friday cuti bersama -> Monday
    public void DueDateOf_SkipsCutiBersama_WhenTheSettingSaysItIsAHoliday(string month, string expected) =>
        Assert.Equal(Shared.Date(expected), DueDates.DueDateOf(Shared.Date(month), HolidayCalendar.LoadEmbedded(cutiBersamaIsHoliday: true)));

    [Theory]
    [InlineData("2027-04-01", "2027-04-01")]
    [InlineData("2027-04-15", "2027-04-01")]
    [InlineData("2027-04-16", "2027-05-01")]
    [InlineData("2026-12-20", "2027-01-01")]
    [InlineData("2026-03-16", "2026-03-01")] // the 15th was a Sunday: due Monday the 16th, still this month
    [InlineData("2026-08-18", "2026-08-01")]
    [InlineData("2026-08-19", "2026-09-01")]
    public void FirstMonthDueOnOrAfter_IsThisMonthUntilItsDueDate_ElseNextMonth(string day, string expectedMonth) =>
        Assert.Equal(Shared.Date(expectedMonth), DueDates.FirstMonthDueOnOrAfter(Shared.Date(day), Embedded));
}
