using Jamsostek.Bot.Tests.TestSupport;
using Microsoft.Data.Sqlite;

namespace Jamsostek.Bot.Tests.Data;

public sealed class DbMigrateCommandTests
{
    [Fact]
    public async Task RunAsync_CreatesEveryTableInWalMode_WhenFileIsEmpty()
    {
        using var database = new TempDatabase();
        await File.WriteAllBytesAsync(database.DbPath, []);

        var first = await BotCli.RunAsync(["db", "migrate", "--db", database.DbPath]);
        var second = await BotCli.RunAsync(["db", "migrate", "--db", database.DbPath]);

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Assert.Contains("Initial", first.Stdout, StringComparison.Ordinal);
        Assert.Contains("up to date", second.Stdout, StringComparison.Ordinal);
        await using var connection = new SqliteConnection($"Data Source={database.DbPath}");
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        Assert.Superset(new HashSet<string> { "AuditEntries", "Conversations", "HandoffRequests", "OutboxMessages", "Participants", "ProcessedMessages", "SignUps" }, tables.ToHashSet());
        await using var wal = connection.CreateCommand();
        wal.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string?)await wal.ExecuteScalarAsync());
    }

    [Fact]
    public async Task RunAsync_CreatesTheFolder_WhenItIsMissing()
    {
        using var database = new TempDatabase();
        var path = Path.Combine(database.Folder, "nested", "deeper", "bot.db");

        var run = await BotCli.RunAsync(["db", "migrate", "--db", path]);

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(path));
    }
}
