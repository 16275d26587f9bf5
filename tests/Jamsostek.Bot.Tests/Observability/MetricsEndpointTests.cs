using System.Net;
using Jamsostek.Bot.Tests.Channels.Telegram;
using Jamsostek.Bot.Tests.TestSupport;

namespace Jamsostek.Bot.Tests.Observability;

/// <summary>The built host as an operator runs it: Prometheus scrapes the metrics port, nothing else answers there.</summary>
public sealed class MetricsEndpointTests
{
    [Fact]
    public async Task Scrape_FindsEveryOperatorMetric_OnlyOnTheMetricsPort()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var temp = await BotProcess.CreateDatabaseAsync();
        api.Script("sendMessage", FakeBotApiResponse.ServerError()); // one failed send, then the retry goes through
        await using var bot = await BotProcess.StartAsync(api, BotProcess.DatabaseArguments(temp));

        Assert.Equal(HttpStatusCode.Unauthorized, (await bot.PostUpdateAsync(TelegramTestUpdates.TextJson("/start", 1), "salah")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bot.PostUpdateAsync(TelegramTestUpdates.TextJson("/start", 2))).StatusCode);
        await Eventually.TrueAsync(() => api.CallsTo("sendMessage").Count >= 2, "the retried reply", TimeSpan.FromSeconds(60));

        using var metricsPort = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{bot.MetricsPort}") };
        var text = await metricsPort.GetStringAsync(new Uri("/metrics", UriKind.Relative));

        var lines = text.Split('\n');
        foreach (var (metric, label) in new[]
        {
            ("jamsostek_turns_total", "outcome=\"handled\""), ("jamsostek_turn_duration_seconds_bucket", "channel=\"telegram\""),
            ("jamsostek_outbox_backlog", ""), ("jamsostek_outbox_oldest_unsent_age_seconds", ""),
            ("jamsostek_send_errors_total", "code=\"transient\""),
            ("jamsostek_reminders_planned_total", ""), ("jamsostek_reminders_waiting", ""), ("jamsostek_reminders_sent_24h", ""),
            ("jamsostek_signups_pending", ""), ("jamsostek_signups_oldest_pending_age_seconds", ""),
            ("jamsostek_webhook_auth_failures_total", "channel=\"telegram\""),
            ("http_server_request_duration_seconds_bucket", ""), ("dotnet_gc_collections_total", ""),
            // The cardinality view (MetricsExtensions.CardinalityLimit) keeps the instruments' advised buckets.
            ("jamsostek_turn_duration_seconds_bucket", "le=\"0.005\""), ("http_server_request_duration_seconds_bucket", "le=\"0.005\""),
        })
        {
            Assert.True(
                lines.Any(l => (l.StartsWith(metric + "{", StringComparison.Ordinal) || l.StartsWith(metric + " ", StringComparison.Ordinal)) && l.Contains(label, StringComparison.Ordinal)),
                $"'{metric}' with '{label}' missing from the scrape:\n{text}");
        }

        Assert.Equal(HttpStatusCode.NotFound, (await bot.Http.GetAsync(new Uri("/metrics", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await metricsPort.GetAsync(new Uri("/petugas/masuk", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await metricsPort.GetAsync(new Uri(Jamsostek.Bot.Channels.Telegram.TelegramWebhookEndpoint.Path, UriKind.Relative))).StatusCode);

        // The same host is ready (Telegram configured) and its readiness body carries no secret.
        using var ready = await bot.Http.GetAsync(new Uri("/readyz", UriKind.Relative));
        var body = await ready.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Contains("telegram", body, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeBotApiServer.Token, body, StringComparison.Ordinal);
        Assert.DoesNotContain(BotProcess.Secret, body, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeBotApiServer.Token, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_ExitsNamingMetricsPort_WhenAnotherProcessHoldsTheMetricsPort()
    {
        using var temp = new TempDatabase();
        using var taken = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        taken.Start(); // as a first bot process on the same machine would
        var metricsPort = ((IPEndPoint)taken.LocalEndpoint).Port;
        using var free = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        free.Start();
        var port = ((IPEndPoint)free.LocalEndpoint).Port;
        free.Stop();

        var (exitCode, output) = await BotProcess.RunUntilExitAsync(
            ["serve", "--urls", $"http://127.0.0.1:{port}", "--db", temp.DbPath, "--Jobs:Enabled", "false",
             "--Metrics:Port", metricsPort.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            TimeSpan.FromMinutes(2));

        Assert.Equal(1, exitCode);
        Assert.Contains($"The metrics port {metricsPort} (Metrics:Port) is already in use", output, StringComparison.Ordinal);
        Assert.Contains("Metrics__Port=0", output, StringComparison.Ordinal);
    }
}
