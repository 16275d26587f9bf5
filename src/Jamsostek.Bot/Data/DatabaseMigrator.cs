using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Data;

/// <summary>Applies pending migrations when the host starts (serve, chat and every other verb).</summary>
internal sealed class DatabaseMigrator(IDbContextFactory<BotDbContext> factory, ILogger<DatabaseMigrator> logger) : IHostedService
{
    public IReadOnlyList<string> Applied { get; private set; } = [];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        Applied = [.. await db.Database.GetPendingMigrationsAsync(cancellationToken)];
        await db.Database.MigrateAsync(cancellationToken);
        if (Applied.Count > 0)
        {
            logger.LogInformation("Applied {Count} migration(s): {Migrations}", Applied.Count, string.Join(", ", Applied));
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
