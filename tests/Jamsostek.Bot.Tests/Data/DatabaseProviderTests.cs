using System.Reflection;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Jamsostek.Bot.Tests.Data;

/// <summary>Issue 13: Database:Provider and ConnectionStrings:Default, checked at start; migrations once with several replicas.</summary>
public sealed class DatabaseProviderTests
{
    [Theory]
    [InlineData("Sqlite", null, null)]
    [InlineData("sqlite", null, null)]
    [InlineData("Postgres", "Host=db;Database=jamsostek;Username=bot;Password=rahasia", null)]
    [InlineData("Postgres", null, "ConnectionStrings:Default is empty")]
    [InlineData("Postgres", "  ", "ConnectionStrings:Default is empty")]
    [InlineData("Postgres", "Host=db;Username=bot", "must name the PostgreSQL server and database")]
    [InlineData("Postgres", "Hots=db;Database=x;Password=rahasia", "is not a PostgreSQL connection string")]
    [InlineData("MySql", null, "must be Sqlite or Postgres")]
    [InlineData("1", null, "must be Sqlite or Postgres")]
    public void Problem_SaysWhatToFix_WhenTheSettingsCannotBeUsed(string provider, string? connectionString, string? expected)
    {
        var problem = new DatabaseOptions { Provider = provider, ConnectionStringSetting = connectionString }.Problem();

        if (expected is null)
        {
            Assert.Null(problem);
        }
        else
        {
            Assert.Contains(expected, problem, StringComparison.Ordinal);
            Assert.DoesNotContain("rahasia", problem, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task DbMigrate_ExitsWithTheProblem_WhenPostgresHasNoConnectionString()
    {
        using var database = new TempDatabase();

        var run = await BotCli.RunAsync(["db", "migrate", "--db", database.DbPath, "--Database:Provider", "Postgres"]);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("ConnectionStrings:Default is empty", run.Stderr, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task DbMigrate_MigratesOnce_WhenThreeReplicasStartTogetherOnAnEmptyServer()
    {
        await using var database = await TestDb.CreateAsync(TestDb.Postgres);
        string[] args = ["db", "migrate", "--db", database.DbPath, "--Database:Provider", "Postgres", "--ConnectionStrings:Default", database.ConnectionString!];

        var runs = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => BotCli.RunAsync(args))));

        Assert.All(runs, r => Assert.Equal(0, r.ExitCode));
        Assert.Single(runs, r => r.Stdout.Contains("migrasi diterapkan", StringComparison.Ordinal));
        Assert.Equal(2, runs.Count(r => r.Stdout.Contains("up to date", StringComparison.Ordinal)));
        Assert.DoesNotContain(runs, r => r.Stdout.Contains(database.ConnectionString!, StringComparison.Ordinal));
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM \"__EFMigrationsHistory\"", connection);
        Assert.Equal(PostgresMigrations(), await count.ExecuteScalarAsync()); // the PostgreSQL set's migrations, each applied once
    }

    [PostgresFact]
    public async Task DbMigrate_LogsNoError_WhenTheDatabaseIsEmpty()
    {
        await using var database = await TestDb.CreateAsync(TestDb.Postgres);
        var logs = new ListLoggerProvider();
        string[] args = ["db", "migrate", "--db", database.DbPath, "--Database:Provider", "Postgres", "--ConnectionStrings:Default", database.ConnectionString!];

        var first = await BotCli.RunAsync(args, configure: services => services.AddSingleton<ILoggerProvider>(logs));
        var second = await BotCli.RunAsync(args, configure: services => services.AddSingleton<ILoggerProvider>(logs));

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Assert.Contains("up to date", second.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal));
        Assert.DoesNotContain("Failed executing", first.Stderr + first.Stdout, StringComparison.Ordinal);
    }

    private static long PostgresMigrations() => typeof(PostgresBotDbContext).Assembly.GetTypes().LongCount(t =>
        t.GetCustomAttribute<Microsoft.EntityFrameworkCore.Migrations.MigrationAttribute>() is not null
        && t.GetCustomAttribute<Microsoft.EntityFrameworkCore.Infrastructure.DbContextAttribute>()?.ContextType == typeof(PostgresBotDbContext));
}
