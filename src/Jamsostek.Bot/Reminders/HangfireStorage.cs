using Hangfire;
using Hangfire.PostgreSql;
using Jamsostek.Bot.Data;

namespace Jamsostek.Bot.Reminders;

/// <summary>Where Hangfire keeps its jobs: in memory beside SQLite (one process), in the bot's PostgreSQL database beside PostgreSQL (every replica).</summary>
internal static class HangfireStorage
{
    public const string PostgresSchema = "hangfire";

    public static IGlobalConfiguration Use(IGlobalConfiguration config, DatabaseOptions database)
    {
        if (!database.IsPostgres)
        {
            return config.UseInMemoryStorage();
        }

        return config.UsePostgreSqlStorage(
            bootstrapper => bootstrapper.UseNpgsqlConnection(database.ConnectionString()),
            new PostgreSqlStorageOptions { SchemaName = PostgresSchema, PrepareSchemaIfNecessary = true });
    }
}
