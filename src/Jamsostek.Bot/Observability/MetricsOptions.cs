using System.ComponentModel.DataAnnotations;

namespace Jamsostek.Bot.Observability;

/// <summary>
/// Settings under "Metrics": the Prometheus endpoint <c>/metrics</c>, served only on its own port (nothing else is
/// served there, and /metrics is not served on the public port), on loopback unless told otherwise.
/// </summary>
public sealed class MetricsOptions
{
    public const string Section = "Metrics";

    /// <summary>The scrape port; 0 turns the endpoint off (the counters still run for in-process readers).</summary>
    [Range(0, 65535)]
    public int Port { get; set; } = 9464;

    /// <summary>
    /// The address the port listens on: loopback by default. In a container, 0.0.0.0 on a network only Prometheus
    /// reaches (deploy/compose.yaml does not publish it).
    /// </summary>
    [Required(AllowEmptyStrings = false)]
    public string Address { get; set; } = "127.0.0.1";
}
