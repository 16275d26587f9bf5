using Jamsostek.Dialogs.Text;

namespace Jamsostek.Dialogs.Tests.Text;

/// <summary>The one wording of a quote that changes rate, shared by the chat's {rincian_iuran} and the officer's page.</summary>
public sealed class ContributionWordingTests
{
    private static readonly DateOnly December = new(2026, 12, 1);

    // amounts of the months from December 2026, as the tariff gives them
    private static List<(DateOnly Month, decimal Amount)> Months(params decimal[] amounts) =>
        [.. amounts.Select((a, i) => (December.AddMonths(i), a))];

    [Theory]
    [InlineData(new double[] { 84800, 84800, 84800 }, 1, "Rp84.800/bulan")]
    [InlineData(new double[] { 84800, 84800, 84800 }, 3, "Rp84.800/bulan, sekali bayar 3 bulan Rp254.400")]
    [InlineData(new double[] { 68400, 84800, 84800 }, 3, "Rp68.400 untuk Desember 2026, lalu Rp84.800/bulan; sekali bayar 3 bulan Rp238.000")]
    [InlineData(new double[] { 68400, 68400, 84800 }, 1, "Rp68.400 untuk Desember 2026 sampai Januari 2027, lalu Rp84.800/bulan")]
    public void Breakdown_TellsEachRate_WhenTheRateChanges(double[] amounts, int period, string expected) =>
        Assert.Equal(expected, ContributionWording.Breakdown(Months([.. amounts.Select(a => (decimal)a)]), period, sponsor: null));

    [Fact]
    public void Breakdown_NamesTheSponsor_WhenAProgrammePays() =>
        Assert.Equal("Rp16.800/bulan, dibayar oleh Pemkab HSS 2026", ContributionWording.Breakdown(Months(16800, 16800), 1, "Pemkab HSS 2026"));

    [Fact]
    public void Breakdown_IsEmpty_WhenThereAreNoMonths() =>
        Assert.Equal(string.Empty, ContributionWording.Breakdown(Months(), 1, sponsor: null));

    [Theory]
    [InlineData(new double[] { 68400, 68400 }, "Rp68.400 sebulan")]
    [InlineData(new double[] { 16400, 32800, 32800 }, "Rp16.400 untuk iuran bulan Desember 2026, lalu Rp32.800 sebulan")]
    [InlineData(new double[] { 16400, 16400, 32800 }, "Rp16.400 sebulan sampai iuran bulan Januari 2027, lalu Rp32.800 sebulan")]
    public void Ahead_TellsWhenTheRateChanges_WhenAReliefEnds(double[] amounts, string expected) =>
        Assert.Equal(expected, ContributionWording.Ahead(Months([.. amounts.Select(a => (decimal)a)])));
}
