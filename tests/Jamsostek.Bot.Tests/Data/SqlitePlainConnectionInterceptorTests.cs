using Jamsostek.Bot.Data;
using Jamsostek.Bot.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Jamsostek.Bot.Tests.Data;

/// <summary>
/// Issue 12: the host's SQLite connections carry none of EF's SQL functions (re-registered on every open before), and the
/// queries on money, which could have needed them, still run.
/// </summary>
public sealed class SqlitePlainConnectionInterceptorTests
{
    [Fact]
    public async Task HostConnections_HaveNoEfFunctions_WhenTheProviderIsSqlite()
    {
        using var database = new TempDatabase();
        await using var services = HostServices(database);
        await using var db = await services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "SELECT ef_mod(5, 3)";

        var error = await Assert.ThrowsAsync<SqliteException>(() => command.ExecuteScalarAsync());

        Assert.Contains("no such function", error.Message, StringComparison.Ordinal);
    }

    // SQLite resolves a function when it prepares a statement, so an empty table is enough to show none is needed.
    [Fact]
    public async Task MoneyQueries_Run_WhenTheConnectionHasNoEfFunctions()
    {
        using var database = new TempDatabase();
        await using var services = HostServices(database);
        await using var db = await services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        await db.Database.MigrateAsync();

        var total = await db.Payments.Where(p => p.Amount > 1_000m && p.ExpectedAmount != p.Amount).SumAsync(p => p.Amount);
        var highest = await db.Members.OrderByDescending(m => m.MonthlyIncome).Select(m => (decimal?)m.MonthlyIncome).MaxAsync();

        Assert.Equal(0m, total);
        Assert.Null(highest);
    }

    private static ServiceProvider HostServices(TempDatabase database)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Database:Path"] = database.DbPath });
        builder.AddBotDatabase();
        return builder.Services.BuildServiceProvider();
    }
}
