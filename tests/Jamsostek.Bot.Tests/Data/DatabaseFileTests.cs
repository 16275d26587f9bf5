using Jamsostek.Bot.Conversations;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.Outbox;
using Jamsostek.Bot.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace Jamsostek.Bot.Tests.Data;

/// <summary>Issue 9.12: a commit that tells someone something is durable (synchronous=FULL) and the database is readable by the service user only.</summary>
public sealed class DatabaseFileTests
{
    [Fact]
    public async Task Commits_AreSynchronousFull_WhenTheyCanTellSomeone()
    {
        using var temp = new TempDatabase();
        var options = OptionsFor(temp, new SqliteWalInterceptor(), new DurableOutboxInterceptor());
        await using (var migrate = new BotDbContext(options))
        {
            await migrate.Database.MigrateAsync();
        }

        await using var db = new BotDbContext(options);
        await db.Database.OpenConnectionAsync();
        var plain = await SynchronousAsync(db);
        db.ProcessedMessages.Add(new ProcessedMessage { Channel = "terminal", MessageId = "m1", ProcessedAt = DateTimeOffset.UnixEpoch });
        await db.SaveChangesAsync();
        var afterPlainSave = await SynchronousAsync(db);
        db.OutboxMessages.Add(new OutboxMessage { Channel = "terminal", ChatId = "w", Text = "Terima kasih", CreatedAt = DateTimeOffset.UnixEpoch });
        await db.SaveChangesAsync();
        var afterMessageSave = await SynchronousAsync(db);

        await using var other = new BotDbContext(options);
        await using var transaction = await other.Database.BeginTransactionAsync();
        var inTransaction = await SynchronousAsync(other);

        // 1 = NORMAL, 2 = FULL: what tells someone (a queued message, a turn's or decision's transaction) is on disk first.
        Assert.Equal((1L, 1L, 2L, 2L), (plain, afterPlainSave, afterMessageSave, inTransaction));
    }

    /// <summary>
    /// A pooled handle keeps its pragmas between opens, so an open runs nothing unless a FULL commit left the handle
    /// (issue 12 round 15): that one, and only that one, must be NORMAL again, or every later save would wait for the disk.
    /// </summary>
    [Fact]
    public async Task Connections_AreNormalAgain_WhenReopenedAfterAFullCommit()
    {
        using var temp = new TempDatabase();
        var options = OptionsFor(temp, new SqliteWalInterceptor(), new DurableOutboxInterceptor());
        await using var db = new BotDbContext(options);
        await db.Database.MigrateAsync();

        var seen = new List<object?>();
        for (var open = 0; open < 3; open++)
        {
            await db.Database.OpenConnectionAsync();
            seen.Add(await SynchronousAsync(db));
            if (open == 0)
            {
                await using var transaction = await db.Database.BeginTransactionAsync();
                seen.Add(await SynchronousAsync(db));
                await transaction.CommitAsync();
            }

            await db.Database.CloseConnectionAsync();
        }

        Assert.Equal([1L, 2L, 1L, 1L], seen); // NORMAL, FULL in the transaction, NORMAL on each open after it
    }

    /// <summary>
    /// A turn's savepoint copies each page it changes to a statement journal; past 64 KiB SQLite spilled it to a temp file
    /// (a file created, written and deleted per batch: 57 writes a turn instead of 17, issue 12 round 11, and pages of
    /// personal rows in the temp folder). In memory it never touches the disk.
    /// </summary>
    [Fact]
    public async Task Connections_KeepStatementJournalsInMemory_WhenOpened()
    {
        using var temp = new TempDatabase();
        var options = OptionsFor(temp, new SqliteWalInterceptor());
        await using var db = new BotDbContext(options);
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA temp_store";

        Assert.Equal(2L, await command.ExecuteScalarAsync()); // 2 = MEMORY
    }

    /// <summary>The host's SQLite configuration on <paramref name="temp"/>, with only the interceptors a test looks at.</summary>
    private static DbContextOptions<BotDbContext> OptionsFor(TempDatabase temp, params IInterceptor[] interceptors)
    {
        var options = new DbContextOptionsBuilder<BotDbContext>();
        DataServiceCollectionExtensions.Configure(options, temp.DbPath);
        options.AddInterceptors(interceptors);
        return options.Options;
    }

    private static async Task<object?> SynchronousAsync(BotDbContext db)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = "PRAGMA synchronous";
        return await command.ExecuteScalarAsync();
    }

    [Fact]
    public async Task NewDatabase_FolderIs0700_AndFileWalAndShmAre0600()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Unix file modes
        }

        using var temp = new TempDatabase();
        var folder = Path.Combine(temp.Folder, "data");
        var path = Path.Combine(folder, "jamsostek.db");

        var run = await BotCli.ChatJsonAsync(path, ["halo", "daftar"]);
        Assert.Equal(0, run.ExitCode);
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync(); // holds the -wal and -shm open while they are looked at
        await using (var write = connection.CreateCommand())
        {
            write.CommandText = "PRAGMA journal_mode=WAL; CREATE TABLE Probe (A INTEGER); INSERT INTO Probe VALUES (1);";
            await write.ExecuteNonQueryAsync();
        }

        Assert.Equal(DatabaseFiles.FolderMode, File.GetUnixFileMode(folder));
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            Assert.True(File.Exists(file), file);
            Assert.Equal(DatabaseFiles.FileMode, File.GetUnixFileMode(file));
        }
    }

    [Fact]
    public void ExistingDatabase_IsTightenedTo0600_AtStart()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Unix file modes
        }

        using var temp = new TempDatabase();
        File.WriteAllBytes(temp.DbPath, []);
        File.WriteAllBytes(temp.DbPath + "-wal", []);
        var open = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
        File.SetUnixFileMode(temp.DbPath, open);
        File.SetUnixFileMode(temp.DbPath + "-wal", open);

        DatabaseFiles.Prepare(temp.DbPath);

        Assert.Equal(DatabaseFiles.FileMode, File.GetUnixFileMode(temp.DbPath));
        Assert.Equal(DatabaseFiles.FileMode, File.GetUnixFileMode(temp.DbPath + "-wal"));
    }
}
