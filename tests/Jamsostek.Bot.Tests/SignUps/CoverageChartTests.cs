using Jamsostek.Bot.SignUps;
using Jamsostek.Bot.SignUps.Coverage;

namespace Jamsostek.Bot.Tests.SignUps;

/// <summary>The coverage chart shows the villages where sign-ups are, even when the catalogue lists many more.</summary>
public sealed class CoverageChartTests
{
    [Fact]
    public void Svg_ShowsBusiestVillagesFirst_WhenMoreVillagesThanTheChartHolds()
    {
        var rows = Enumerable.Range(1, 40)
            .Select(i => new CoverageRow($"63.06.04.{2000 + i}", $"Desa {i:D2}", Pending: 0, Approved: 0, Rejected: 0, Withdrawn: 0, Quota: null))
            .Append(new CoverageRow("63.06.04.2099", "Bamban", Pending: 3, Approved: 1, Rejected: 0, Withdrawn: 0, Quota: null))
            .Append(new CoverageRow("63.06.04.2098", "Hamalau", Pending: 0, Approved: 2, Rejected: 0, Withdrawn: 0, Quota: null))
            .ToList();

        var svg = CoverageChart.Svg(rows, maxRows: 30);

        var bamban = svg.IndexOf(">Bamban<", StringComparison.Ordinal);
        var hamalau = svg.IndexOf(">Hamalau<", StringComparison.Ordinal);
        Assert.True(bamban >= 0 && hamalau > bamban, "the villages with sign-ups lead the chart, busiest first");
        Assert.Contains(">Desa 01<", svg, StringComparison.Ordinal);
        Assert.DoesNotContain(">Desa 29<", svg, StringComparison.Ordinal);
    }
}
