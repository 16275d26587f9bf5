using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;

namespace Jamsostek.Bot.Data;

/// <summary>
/// Applies pending migrations when the host starts (serve, chat and every other verb). On PostgreSQL several replicas
/// may start at once: each takes the same session advisory lock first, so one migrates and the others then find
/// nothing pending. The lock is the connection's: a replica killed while migrating releases it with its connection.
/// </summary>
internal sealed class DatabaseMigrator(IDbContextFactory<BotDbContext> factory, ILogger<DatabaseMigrator> logger) : IHostedService
{
    /// <summary>pg_advisory_lock key: "JAMSOSTE" in ASCII, unlikely to meet another application's key on a shared server.</summary>
    internal const long MigrationLockKey = 0x4A414D534F535445;

    public IReadOnlyList<string> Applied { get; private set; } = [];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (db.Database.IsNpgsql())
        {
            await CreateDatabaseAsync(db, cancellationToken);
            await db.Database.OpenConnectionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({MigrationLockKey})", cancellationToken);
            try
            {
                await CreateHistoryTableAsync(db, cancellationToken);
                await MigrateAsync(db, cancellationToken);
            }
            finally
            {
                await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({MigrationLockKey})", CancellationToken.None);
                await db.Database.CloseConnectionAsync();
            }
        }
        else
        {
            await MigrateAsync(db, cancellationToken);
        }

        if (Applied.Count > 0)
        {
            logger.LogInformation("Applied {Count} migration(s): {Migrations}", Applied.Count, string.Join(", ", Applied));
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task MigrateAsync(BotDbContext db, CancellationToken cancellationToken)
    {
        Applied = [.. await db.Database.GetPendingMigrationsAsync(cancellationToken)];
        await db.Database.MigrateAsync(cancellationToken);
    }

    /// <summary>
    /// On an empty database EF finds out that its history table is missing by reading it and failing, and logs that
    /// expected failure as an error ("Failed executing DbCommand … __EFMigrationsHistory"), which alarms an operator on
    /// the very first <c>db migrate</c>. Asking the catalogue first and creating the empty table avoids the failed read.
    /// </summary>
    private static async Task CreateHistoryTableAsync(BotDbContext db, CancellationToken cancellationToken)
    {
        var exists = await db.Database
            .SqlQueryRaw<bool>("SELECT to_regclass('\"__EFMigrationsHistory\"') IS NOT NULL AS \"Value\"")
            .SingleAsync(cancellationToken);
        if (!exists)
        {
            await db.Database.ExecuteSqlRawAsync(db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript(), cancellationToken);
        }
    }

    /// <summary>A missing database is created (as EF's Migrate would), tolerating a replica that created it just before.</summary>
    private static async Task CreateDatabaseAsync(BotDbContext db, CancellationToken cancellationToken)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (await creator.ExistsAsync(cancellationToken))
        {
            return;
        }

        try
        {
            await creator.CreateAsync(cancellationToken);
        }
        catch (Npgsql.PostgresException ex) when (ex.SqlState is "42P04" or "23505")
        {
            // 42P04 duplicate_database (or 23505 on pg_database's name index): another replica won the race.
        }
    }
}
