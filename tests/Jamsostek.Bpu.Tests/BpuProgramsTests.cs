namespace Jamsostek.Bpu.Tests;

public class BpuProgramsTests
{
    [Theory]
    [InlineData("JKK,JKM,JHT", true)]
    [InlineData("JKK,JKM", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void FromAnswer_AddsJht_OnlyWhenTheAnswerNamesIt(string? answer, bool withJht)
    {
        Assert.Equal(withJht ? BpuPrograms.WithJht : BpuPrograms.Basic, BpuPrograms.FromAnswer(answer));
    }

    [Fact]
    public void MonthByMonth_QuotesEachMonthAtItsOwnRate_WhenARateChangesInsideThePeriod()
    {
        var tariff = Shared.Tariff;
        var first = Shared.Month("2026-01");

        var months = tariff.MonthByMonth(2_000_000m, BpuPrograms.Basic, first, 24, "ojek", sponsored: false);

        Assert.Equal(Enumerable.Range(0, 24).Select(first.AddMonths), months.Select(m => m.Month));
        Assert.All(months, m => Assert.Equal(tariff.Quote(2_000_000m, BpuPrograms.Basic, m.Month, "ojek", sponsored: false).Total, m.Amount));
    }
}
