namespace Jamsostek.Bpu.Tests;

public class AgeTests
{
    [Theory]
    [InlineData("1990-08-12", "2026-08-11", 35)]
    [InlineData("1990-08-12", "2026-08-12", 36)]
    [InlineData("2026-03-01", "2026-03-01", 0)]
    [InlineData("2000-02-29", "2027-02-28", 26)]   // common year: not yet
    [InlineData("2000-02-29", "2027-03-01", 27)]   // common year: 1 March
    [InlineData("2000-02-29", "2028-02-29", 28)]   // leap year: on the day
    [InlineData("2000-02-29", "2028-02-28", 27)]
    public void On_ReturnsCompletedYears(string birth, string today, int expected) =>
        Assert.Equal(expected, Age.On(Shared.Date(birth), Shared.Date(today)));

    [Fact]
    public void On_Throws_WhenBornAfterToday() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Age.On(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 1)));
}
