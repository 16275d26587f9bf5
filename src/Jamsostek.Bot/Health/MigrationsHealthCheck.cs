using Jamsostek.Bot.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Jamsostek.Bot.Health;

/// <summary>
/// Ready only on the schema this build expects: a replica started before <c>db migrate</c> finished, or an old database
/// restored from a backup, would fail on the first turn. Whatever the provider: EF compares its history table with the
/// migrations compiled in.
/// </summary>
internal sealed class MigrationsHealthCheck(IDbContextFactory<BotDbContext> factory) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            return pending.Count == 0
                ? HealthCheckResult.Healthy("Every migration of this build is applied.")
                : HealthCheckResult.Unhealthy(
                    $"{pending.Count} migration(s) not applied ({pending[0]}{(pending.Count > 1 ? $" … {pending[^1]}" : string.Empty)}): run `db migrate` (the compose file's migrate service) before starting the bot.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The migrations could not be read: the database does not answer (see the database check).", ex);
        }
    }
}
