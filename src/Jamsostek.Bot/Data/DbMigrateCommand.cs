using Jamsostek.Bot.Cli;
using Microsoft.Extensions.Options;

namespace Jamsostek.Bot.Data;

/// <summary><c>db migrate</c>: the migrations ran when the host started; this reports what was done.</summary>
public sealed class DbMigrateCommand(IEnumerable<IHostedService> hostedServices, IOptions<DatabaseOptions> database, TerminalIo io)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var applied = hostedServices.OfType<DatabaseMigrator>().Single().Applied;
        var name = Describe(database.Value);
        await io.Out.WriteLineAsync(applied.Count == 0
            ? $"Database {name} sudah terbaru (up to date)."
            : $"Database {name}: {applied.Count} migrasi diterapkan (applied): {string.Join(", ", applied)}.");
        await io.Out.FlushAsync(cancellationToken);
        return 0;
    }

    /// <summary>The SQLite file, or PostgreSQL's server and database (never the user or password).</summary>
    private static string Describe(DatabaseOptions database)
    {
        if (!database.IsPostgres)
        {
            return Path.GetFullPath(database.Path);
        }

        var pg = new Npgsql.NpgsqlConnectionStringBuilder(database.ConnectionString());
        return $"PostgreSQL {pg.Host}:{pg.Port}/{pg.Database}";
    }
}
