namespace Jamsostek.Bpu.Tests;

public class DueDatesTests
{
    [Theory]
    [InlineData("2026-04-01", "2026-04-15")]
    [InlineData("2026-02-01", "2026-02-15")]
    [InlineData("2026-12-31", "2026-12-15")]
    public void DueDateOf_ReturnsFifteenth_OfContributionMonth(string month, string expected) =>
        Assert.Equal(Shared.Date(expected), DueDates.DueDateOf(Shared.Date(month)));

    [Theory]
    [InlineData("2027-04-01", "2027-04-01")]
    [InlineData("2027-04-15", "2027-04-01")]
    [InlineData("2027-04-16", "2027-05-01")]
    [InlineData("2026-12-20", "2027-01-01")]
    public void FirstMonthDueOnOrAfter_IsThisMonthUntilThe15th_ElseNextMonth(string day, string expectedMonth) =>
        Assert.Equal(Shared.Date(expectedMonth), DueDates.FirstMonthDueOnOrAfter(Shared.Date(day)));
}
