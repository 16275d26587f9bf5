using Jamsostek.Bot.Outbox;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Jamsostek.Bot.Health;

/// <summary>A host with no channel answers nobody: it is running, but not ready for a worker's message.</summary>
internal sealed class ChannelHealthCheck(IEnumerable<IOutboxTransport> transports) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var channels = transports.Select(t => t.Channel).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return Task.FromResult(channels.Count > 0
            ? HealthCheckResult.Healthy($"Channels on: {string.Join(", ", channels)}.")
            : HealthCheckResult.Unhealthy("No channel is configured: set Telegram__BotToken (Telegram) or WhatsApp__AccessToken and the other WhatsApp__ settings."));
    }
}
