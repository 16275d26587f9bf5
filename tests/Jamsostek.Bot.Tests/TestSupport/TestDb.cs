using Jamsostek.Bot.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Jamsostek.Bot.Tests.TestSupport;

/// <summary>
/// A fresh database for one test on the provider named ("sqlite" or "postgres"): a temp SQLite file, or a database
/// of its own created on the server of JAMSOSTEK_TEST_PG and dropped on dispose. <see cref="Settings"/> are what a
/// host needs to use it; <see cref="DbPath"/> is the SQLite file (on PostgreSQL the folder of the key file).
/// </summary>
public sealed class TestDb : IAsyncDisposable, IDisposable
{
    public const string Sqlite = "sqlite";

    public const string Postgres = "postgres";

    private readonly TempDatabase folder = new();

    private TestDb(string provider, string? connectionString)
    {
        Provider = provider;
        ConnectionString = connectionString;
    }

    public string Provider { get; }

    public string DbPath => folder.DbPath;

    /// <summary>PostgreSQL's connection string (null on SQLite).</summary>
    public string? ConnectionString { get; }

    public bool IsPostgres => ConnectionString is not null;

    /// <summary>
    /// Database:Path (the SQLite file; on PostgreSQL where the key file is, so that two hosts on one database share it),
    /// and on PostgreSQL Database:Provider and ConnectionStrings:Default.
    /// </summary>
    public IReadOnlyDictionary<string, string?> Settings => IsPostgres
        ? new Dictionary<string, string?> { ["Database:Path"] = DbPath, ["Database:Provider"] = "Postgres", ["ConnectionStrings:Default"] = ConnectionString }
        : new Dictionary<string, string?> { ["Database:Path"] = DbPath };

    /// <summary>These settings with <paramref name="more"/> on top.</summary>
    public Dictionary<string, string?> With(IReadOnlyDictionary<string, string?>? more)
    {
        var all = new Dictionary<string, string?>(Settings);
        foreach (var (key, value) in more ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return all;
    }

    public static async Task<TestDb> CreateAsync(string provider)
    {
        if (provider == Sqlite)
        {
            return new TestDb(provider, connectionString: null);
        }

        var server = PostgresServer.ConnectionString ?? throw new InvalidOperationException(PostgresServer.SkipReason);
        var name = "jamsostek_t_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new TestDb(provider, new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString());
    }

    /// <summary>A bare context (no host), with <paramref name="interceptors"/>: migrated by the host that used <see cref="Settings"/>.</summary>
    public BotDbContext Context(params IInterceptor[] interceptors)
    {
        var options = new DbContextOptionsBuilder<BotDbContext>();
        var database = IsPostgres
            ? new DatabaseOptions { Provider = "Postgres", ConnectionStringSetting = ConnectionString }
            : new DatabaseOptions { Path = DbPath };
        DataServiceCollectionExtensions.Configure(options, database);
        if (interceptors.Length > 0)
        {
            options.AddInterceptors(interceptors);
        }

        return DataServiceCollectionExtensions.Create(options.Options, database);
    }

    public async ValueTask DisposeAsync()
    {
        if (IsPostgres)
        {
            var name = new NpgsqlConnectionStringBuilder(ConnectionString).Database;
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(PostgresServer.ConnectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        else
        {
            SqliteConnection.ClearAllPools();
        }

        folder.Dispose();
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();
}
