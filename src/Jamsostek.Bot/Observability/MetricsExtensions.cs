using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

namespace Jamsostek.Bot.Observability;

/// <summary>
/// OpenTelemetry metrics of the serve host (the bot's meter, ASP.NET Core and the runtime) exported for Prometheus on
/// <c>Metrics:Port</c>. A separate port, not the officer console's sign-in: Prometheus has no cookie, and an
/// endpoint on loopback or an internal network needs no password at all.
/// </summary>
public static class MetricsExtensions
{
    public const string Path = "/metrics";

    /// <summary>
    /// Label sets kept per metric stream. The SDK's default (2 000) preallocates ~176 KB per stream (points and their
    /// lookup table) on the large-object heap whether used or not: ~11 MB for the ~60 streams of this host, the largest
    /// block of its live heap (tests/Jamsostek.Bot.Benchmarks/RESULTS.md, issue 12 round 8). Our labels are bounded words
    /// (BotMetrics) and ASP.NET Core's are method × route × status, well under this; a set past it is still counted, under
    /// the SDK's overflow label <c>otel_metric_overflow="true"</c>.
    /// </summary>
    public const int CardinalityLimit = 256;

    public static WebApplicationBuilder AddBotMetrics(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<MetricsOptions>().BindConfiguration(MetricsOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => System.Net.IPAddress.TryParse(o.Address, out _), "Metrics:Address must be an IP address (127.0.0.1, or 0.0.0.0 in a container).")
            .ValidateOnStart();
        builder.Services.AddSingleton<BotMetrics>();
        builder.Services.AddSingleton<BacklogGauges>();
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(BotMetrics.MeterName)
            .AddView(_ => new MetricStreamConfiguration { CardinalityLimit = CardinalityLimit })
            .AddAspNetCoreInstrumentation()
            .AddRuntimeInstrumentation()
            .AddPrometheusExporter());

        var options = builder.Configuration.GetSection(MetricsOptions.Section).Get<MetricsOptions>() ?? new MetricsOptions();
        if (options.Port > 0 && System.Net.IPAddress.TryParse(options.Address, out var address))
        {
            // One more address beside the public one(s): Program's --urls/ASPNETCORE_URLS choice stays as it was.
            var urls = builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey);
            var host = address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{address}]" : address.ToString();
            builder.WebHost.UseUrls(string.Join(';', new[] { urls, $"http://{host}:{options.Port}" }.Where(u => !string.IsNullOrEmpty(u))));
        }

        return builder;
    }

    /// <summary>Right after transport security: the metrics port answers /metrics and nothing else; the public port never answers /metrics.</summary>
    public static WebApplication UseBotMetrics(this WebApplication app)
    {
        var port = app.Services.GetRequiredService<IOptions<MetricsOptions>>().Value.Port;
        _ = app.Services.GetRequiredService<BacklogGauges>(); // the observable gauges exist from the start
        app.Use((context, next) =>
        {
            var onMetricsPort = port > 0 && context.Connection.LocalPort == port;
            var isMetrics = context.Request.Path.Equals(Path, StringComparison.OrdinalIgnoreCase);
            if (onMetricsPort != isMetrics)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }

            return next(context);
        });
        app.UseOpenTelemetryPrometheusScrapingEndpoint(context => port > 0 && context.Connection.LocalPort == port && context.Request.Path.Equals(Path, StringComparison.OrdinalIgnoreCase));
        return app;
    }
}
