using System.Diagnostics.Metrics;
using Jamsostek.Bot.Observability;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;

namespace Jamsostek.Bot.Tests.Observability;

/// <summary>
/// How many label sets one metric stream keeps (counted on a scrape, no timing): the serve host's metrics set a limit
/// well under the SDK's default of 2 000, whose preallocated points were ~11 MB of the host's live heap.
/// </summary>
public sealed class MetricsCardinalityTests
{
    [Fact]
    public async Task Scrape_KeepsAtMostTheLimit_WhenAnInstrumentSeesMoreLabelSets()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.AddBotMetrics();
        await using var app = builder.Build();
        app.UseOpenTelemetryPrometheusScrapingEndpoint();
        await app.StartAsync();

        // A meter of the bot's name (the provider listens to it by name) with an instrument of this test's own.
        using var meter = new Meter(BotMetrics.MeterName);
        var counter = meter.CreateCounter<long>("jamsostek.test.cardinality");
        for (var i = 0; i < MetricsExtensions.CardinalityLimit + 100; i++)
        {
            counter.Add(1, new KeyValuePair<string, object?>("label", $"v{i}"));
        }

        using var client = app.GetTestClient();
        var text = await client.GetStringAsync(new Uri(MetricsExtensions.Path, UriKind.Relative));
        var series = text.Split('\n').Where(l => l.StartsWith("jamsostek_test_cardinality_total{", StringComparison.Ordinal)).ToList();

        var overflow = series.Where(l => l.Contains("otel_metric_overflow=\"true\"", StringComparison.Ordinal)).ToList();
        Assert.InRange(series.Count - overflow.Count, MetricsExtensions.CardinalityLimit - 2, MetricsExtensions.CardinalityLimit);
        Assert.Single(overflow); // the label sets past the limit, still counted
        Assert.Equal(MetricsExtensions.CardinalityLimit + 100, series.Sum(l => long.Parse(l[(l.LastIndexOf('}') + 2)..].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture)));
        await app.StopAsync();
    }
}
