using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Options;

namespace Jamsostek.Bot.Observability;

/// <summary>
/// Kestrel's "Failed to bind to address …: address already in use" in plain words. The usual cause is a second bot
/// process on the same machine: both take the metrics port 127.0.0.1:9464 by default, and the second stops at start.
/// </summary>
public static class PortInUse
{
    /// <summary>What to change, or null when <paramref name="error"/> is not a port already taken.</summary>
    public static string? Explain(IServiceProvider services, Exception error)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (error is not IOException { InnerException: AddressInUseException })
        {
            return null;
        }

        var metricsPort = services.GetService<IOptions<MetricsOptions>>()?.Value.Port ?? 0;
        return metricsPort > 0 && error.Message.Contains($":{metricsPort}:", StringComparison.Ordinal)
            ? $"The metrics port {metricsPort} (Metrics:Port) is already in use on this machine, most likely by another bot process. "
                + "Give each process on one machine its own port (environment Metrics__Port=9465, --Metrics:Port 9465), "
                + "or turn the Prometheus endpoint off with Metrics__Port=0."
            : $"{error.Message} Another process listens there: stop it, or choose another address with --urls (or ASPNETCORE_URLS).";
    }
}
