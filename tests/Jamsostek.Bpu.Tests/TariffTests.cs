namespace Jamsostek.Bpu.Tests;

public class TariffTests
{
    private static readonly BpuProgram[] JkkJkm = [BpuProgram.Jkk, BpuProgram.Jkm];
    private static readonly BpuProgram[] All = [BpuProgram.Jkk, BpuProgram.Jkm, BpuProgram.Jht];
    private readonly Tariff _tariff = Shared.Tariff;

    [Fact]
    public void LoadEmbedded_Has33AscendingBrackets()
    {
        Assert.Equal(33, _tariff.Brackets.Count);
        Assert.Equal(Enumerable.Range(1, 33), _tariff.Brackets.Select(b => b.Number));
        Assert.Equal(0m, _tariff.Brackets[0].From);
        Assert.Null(_tariff.Brackets[^1].ToExclusive);
    }

    [Theory]
    [InlineData(0, 1, 1_000_000)]
    [InlineData(500_000, 1, 1_000_000)]
    [InlineData(1_099_999, 1, 1_000_000)]
    [InlineData(1_100_000, 2, 1_200_000)]
    [InlineData(2_699_999, 9, 2_600_000)]
    [InlineData(2_700_000, 10, 2_950_000)]
    [InlineData(3_199_999, 10, 2_950_000)]
    [InlineData(3_200_000, 11, 3_450_000)]
    [InlineData(8_199_999, 20, 7_950_000)]
    [InlineData(8_200_000, 21, 8_700_000)]
    [InlineData(20_199_999, 32, 19_700_000)]
    [InlineData(20_200_000, 33, 20_700_000)]
    [InlineData(150_000_000, 33, 20_700_000)]
    public void BracketFor_ReturnsBase_ForIncome(int income, int number, int expectedBase)
    {
        var bracket = _tariff.BracketFor(income);

        Assert.Equal(number, bracket.Number);
        Assert.Equal(expectedBase, bracket.Base);
    }

    [Theory]
    // Without relief: before the non-transport period, after every period, or sponsored.
    [InlineData(1_000_000, false, "2026-01", "petani", false, 16_800, 16_800, null)]
    [InlineData(1_000_000, true, "2026-01", "petani", false, 36_800, 36_800, null)]
    [InlineData(25_000_000, false, "2026-01", "petani", false, 213_800, 213_800, null)]
    [InlineData(25_000_000, true, "2026-01", "petani", false, 627_800, 627_800, null)]
    [InlineData(25_000_000, true, "2027-06", "ojek", false, 627_800, 627_800, null)]
    [InlineData(1_000_000, false, "2026-03", "pedagang", false, 16_800, 16_800, null)]
    [InlineData(1_000_000, false, "2027-01", "petani", false, 16_800, 16_800, null)]
    [InlineData(1_000_000, false, "2027-04", "kurir", false, 16_800, 16_800, null)]
    [InlineData(1_000_000, false, "2025-12", "ojek", false, 16_800, 16_800, null)]
    [InlineData(1_000_000, false, "2026-05", "petani", true, 16_800, 16_800, null)]
    [InlineData(1_000_000, false, "2026-01", "ojek", true, 16_800, 16_800, null)]
    // Relief, other BPU: April - December 2026.
    [InlineData(1_000_000, false, "2026-04", "petani", false, 8_400, 16_800, "2026-12")]
    [InlineData(1_000_000, false, "2026-12", null, false, 8_400, 16_800, "2026-12")]
    [InlineData(1_000_000, true, "2026-04", "petani", false, 28_400, 36_800, "2026-12")]
    [InlineData(25_000_000, false, "2026-05", "nelayan", false, 106_900, 213_800, "2026-12")]
    // Relief, transport: January 2026 - March 2027.
    [InlineData(1_000_000, false, "2026-01", "ojek", false, 8_400, 16_800, "2027-03")]
    [InlineData(1_000_000, false, "2026-02", "sopir", false, 8_400, 16_800, "2027-03")]
    [InlineData(1_000_000, false, "2027-03", "kurir", false, 8_400, 16_800, "2027-03")]
    [InlineData(1_000_000, false, "2026-06", "OJEK", false, 8_400, 16_800, "2027-03")]
    public void Quote_ReturnsTotals_ForIncomeMonthAndOccupation(
        int income, bool withJht, string month, string? occupation, bool sponsored,
        int total, int totalWithoutRelief, string? reliefLastMonth)
    {
        var quote = _tariff.Quote(income, withJht ? All : JkkJkm, Shared.Month(month), occupation, sponsored);

        Assert.Equal(total, quote.Total);
        Assert.Equal(totalWithoutRelief, quote.TotalWithoutRelief);
        if (reliefLastMonth is null)
        {
            Assert.Null(quote.Relief);
        }
        else
        {
            Assert.Equal(new ReliefInfo("PP 50/2025", 50, Shared.Month(reliefLastMonth)), quote.Relief);
        }
    }

    [Fact]
    public void Quote_HalvesJkkAndJkmButNotJht_WhenReliefApplies()
    {
        var quote = _tariff.Quote(1_000_000, [BpuProgram.Jht, BpuProgram.Jkm, BpuProgram.Jkk], Shared.Month("2026-04"), "petani", sponsored: false);

        Assert.Equal(
            [
                new ProgramAmount(BpuProgram.Jkk, 5_000, 10_000),
                new ProgramAmount(BpuProgram.Jkm, 3_400, 6_800),
                new ProgramAmount(BpuProgram.Jht, 20_000, 20_000),
            ],
            quote.Lines);
        Assert.Equal(1_000_000, quote.Bracket.Base);
    }

    [Fact]
    public void Quote_NoRelief_WhenOnlyJhtChosen()
    {
        var quote = _tariff.Quote(1_000_000, [BpuProgram.Jht], Shared.Month("2026-04"), "petani", sponsored: false);

        Assert.Equal(20_000, quote.Total);
        Assert.Null(quote.Relief);
    }

    [Fact]
    public void Quote_UsesTheMonth_WhenGivenAnyDayOfIt()
    {
        var quote = _tariff.Quote(1_000_000, JkkJkm, new DateOnly(2026, 12, 31), "petani", sponsored: false);

        Assert.Equal(8_400, quote.Total);
    }

    [Theory]
    [InlineData("ojek", true)]
    [InlineData("sopir", true)]
    [InlineData("kurir", true)]
    [InlineData(" Kurir ", true)]
    [InlineData("petani", false)]
    [InlineData("", false)]
    public void IsTransportOccupation_MatchesListedIds(string id, bool expected) =>
        Assert.Equal(expected, _tariff.IsTransportOccupation(id));
}
