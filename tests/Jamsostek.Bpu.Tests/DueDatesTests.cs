namespace Jamsostek.Bpu.Tests;

public class DueDatesTests
{
    [Theory]
    [InlineData("2026-04-01", "2026-04-15")]
    [InlineData("2026-02-01", "2026-02-15")]
    [InlineData("2026-12-31", "2026-12-15")]
    public void DueDateOf_ReturnsFifteenth_OfContributionMonth(string month, string expected) =>
        Assert.Equal(Shared.Date(expected), DueDates.DueDateOf(Shared.Date(month)));
}
