using Hangfire;
using Jamsostek.Bot.Reminders;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Jamsostek.Bot.Health;

/// <summary>
/// The scheduler plans reminders and retention: this process's Hangfire server must be registered in the job storage
/// with a recent heartbeat (another replica's server does not count: this one may have stopped alone).
/// </summary>
internal sealed class JobServerHealthCheck(IServiceProvider services, IOptions<JobsOptions> jobs) : IHealthCheck
{
    /// <summary>Hangfire beats every 30 seconds; three missed beats and the server is taken for stopped.</summary>
    public static readonly TimeSpan MaxHeartbeatAge = TimeSpan.FromSeconds(90);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!jobs.Value.Enabled)
        {
            return Task.FromResult(HealthCheckResult.Healthy("Jobs:Enabled is false: this host runs no scheduler (reminder planning and retention run elsewhere)."));
        }

        try
        {
            if (services.GetService<JobStorage>() is not { } storage)
            {
                return Task.FromResult(HealthCheckResult.Unhealthy("The scheduler (Hangfire) is not set up in this host."));
            }

            // Hangfire stamps heartbeats with the system clock, not the host's TimeProvider: age them on the same clock.
            return Task.FromResult(Assess(storage.GetMonitoringApi().Servers(), JobServerName.Value, TimeProvider.System.GetUtcNow()));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("The scheduler's storage does not answer.", ex));
        }
    }

    internal static HealthCheckResult Assess(IEnumerable<Hangfire.Storage.Monitoring.ServerDto> servers, string ours, DateTimeOffset now)
    {
        var mine = servers.Where(s => s.Name.StartsWith(ours, StringComparison.OrdinalIgnoreCase)).ToList();
        if (mine.Count == 0)
        {
            return HealthCheckResult.Unhealthy("The scheduler (Hangfire server) of this host is not running: reminders are not planned here. Look for the error in this host's start-up log (docker compose logs bot), then restart it.");
        }

        var beat = mine.Max(s => s.Heartbeat ?? s.StartedAt);
        var age = now - new DateTimeOffset(DateTime.SpecifyKind(beat, DateTimeKind.Utc));
        return age <= MaxHeartbeatAge
            ? HealthCheckResult.Healthy("The scheduler (Hangfire server) of this host is running.")
            : HealthCheckResult.Unhealthy($"The scheduler (Hangfire server) of this host last reported {age.TotalSeconds:0} s ago: it is stuck or stopped. Restart this host; if it recurs, check that the database answers.");
    }
}
