using System.Globalization;
using System.Security.Cryptography;
using Npgsql;

namespace Jamsostek.Bot.Benchmarks.Webhook;

/// <summary>
/// The database every bot process of one run shares, and the settings that make them one installation: a fresh SQLite
/// file, or (JAMSOSTEK_BENCH_SETTINGS with <c>Database__Provider=Postgres</c>) a fresh database created on the server its
/// <c>ConnectionStrings__Default</c> names and dropped afterwards, so every run counts only its own sign-ups. The data
/// keys are set, not a key file per process, as deploy/compose.yaml does: what one replica encrypts the other reads.
/// </summary>
/// <remarks>
/// JAMSOSTEK_BENCH_SETTINGS holds the deployment's own setting names (deploy/settings.sample.env), one KEY=VALUE a line,
/// or names a file of them; they reach each process as environment variables, as in a container. Example:
/// <c>JAMSOSTEK_BENCH_SETTINGS=$'Database__Provider=Postgres\nConnectionStrings__Default=Host=127.0.0.1;Port=55451;Username=jamsostek;Database=postgres'</c>
/// </remarks>
public sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string? adminConnection;
    private readonly string? database;

    private BenchDatabase(Dictionary<string, string> environment, string[] args, string? adminConnection, string? database)
    {
        Environment = environment;
        Args = args;
        this.adminConnection = adminConnection;
        this.database = database;
    }

    /// <summary>Given to every process of the run (bots, db migrate, signups list).</summary>
    public IReadOnlyDictionary<string, string> Environment { get; }

    /// <summary>The database arguments of every process (--db for SQLite).</summary>
    public string[] Args { get; }

    public bool IsPostgres => database is not null;

    public string Engine => IsPostgres ? "PostgreSQL" : "SQLite";

    public static async Task<BenchDatabase> CreateAsync(string folder)
    {
        var environment = Parse(System.Environment.GetEnvironmentVariable("JAMSOSTEK_BENCH_SETTINGS"));
        environment.TryAdd("DataProtection__Keys__bench", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        environment.TryAdd("DataProtection__ActiveKey", "bench");
        // Every process would otherwise take 127.0.0.1:9464: a second replica (or another run on the machine) fails to start.
        environment.TryAdd("Metrics__Port", "0");
        if (!string.Equals(environment.GetValueOrDefault("Database__Provider"), "Postgres", StringComparison.OrdinalIgnoreCase))
        {
            return new BenchDatabase(environment, ["--db", Path.Combine(folder, "bot.db")], null, null);
        }

        var admin = environment.GetValueOrDefault("ConnectionStrings__Default")
            ?? throw new InvalidOperationException("Database__Provider=Postgres needs ConnectionStrings__Default in JAMSOSTEK_BENCH_SETTINGS.");
        var name = $"jamsostek_bench_{DateTime.UtcNow:yyyyMMddHHmmss}_{RandomNumberGenerator.GetInt32(1000):000}";
        await ExecuteAsync(admin, $"CREATE DATABASE \"{name}\"");
        environment["ConnectionStrings__Default"] = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
        return new BenchDatabase(environment, [], admin, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (adminConnection is not null && System.Environment.GetEnvironmentVariable("JAMSOSTEK_BENCH_KEEP") is null)
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(adminConnection, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
        }
    }

    private static Dictionary<string, string> Parse(string? settings)
    {
        var lines = string.IsNullOrWhiteSpace(settings) ? [] : File.Exists(settings) ? File.ReadAllLines(settings) : settings.Split('\n');
        var environment = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var at = line.IndexOf('=', StringComparison.Ordinal);
            if (at <= 0 || line[..at].Contains(':', StringComparison.Ordinal))
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"JAMSOSTEK_BENCH_SETTINGS: \"{line[..Math.Max(0, at)]}\" is not KEY=VALUE with the environment's names (Database__Provider, ConnectionStrings__Default)."));
            }

            environment[line[..at]] = line[(at + 1)..];
        }

        return environment;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
