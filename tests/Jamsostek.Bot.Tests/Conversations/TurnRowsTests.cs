using Jamsostek.Bot.Conversations;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Tests.Conversations;

/// <summary>Issue 12: the common turn's mark and conversation written by hand, with EF's own errors for the retry loop.</summary>
public sealed class TurnRowsTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 1, 0, 0, TimeSpan.Zero);

    [Theory, SqliteData, PostgresData]
    public async Task WriteAsync_StoresTheMarkAndEveryColumn_WhenTheVersionIsTheOneRead(string provider)
    {
        await using var database = await TestDb.CreateAsync(provider);
        var read = await ReadBackAsync(database, "m0");
        read.StepId = "nama";
        read.SlotsJson = """{"nik":"6306050101700001"}""";
        read.TrailJson = """["nik"]""";
        read.Attempts = 2;
        read.Pending = "nama?:Ahli Waris sy";
        read.UpdatedAt = Now.AddMinutes(5);
        read.RegistrationSession = "sesi-1";
        var version = read.Version;

        await WriteAsync(database, new ProcessedMessage { Channel = "telegram", MessageId = "m1", ProcessedAt = Now }, read);

        await using var check = database.Context();
        var stored = await check.Conversations.AsNoTracking().SingleAsync();
        Assert.Equivalent(read, stored, strict: true);
        Assert.NotEqual(version, stored.Version);
        Assert.Equal(["m0", "m1"], await check.ProcessedMessages.OrderBy(m => m.MessageId).Select(m => m.MessageId).ToListAsync());
    }

    [Theory, SqliteData, PostgresData]
    public async Task WriteAsync_ThrowsAConcurrencyError_WhenAnotherProcessWroteTheConversation(string provider)
    {
        await using var database = await TestDb.CreateAsync(provider);
        var read = await ReadBackAsync(database, "m0");
        var rival = await ReadBackAsync(database, null);
        await WriteAsync(database, new ProcessedMessage { Channel = "telegram", MessageId = "r1", ProcessedAt = Now }, rival);
        read.StepId = "stale";

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() =>
            WriteAsync(database, new ProcessedMessage { Channel = "telegram", MessageId = "m1", ProcessedAt = Now }, read));

        await using var check = database.Context();
        Assert.NotEqual("stale", (await check.Conversations.AsNoTracking().SingleAsync()).StepId);
    }

    [Theory, SqliteData, PostgresData]
    public async Task WriteAsync_ThrowsAUniqueViolation_WhenTheMessageWasHandledMeanwhile(string provider)
    {
        await using var database = await TestDb.CreateAsync(provider);
        var read = await ReadBackAsync(database, "m0");

        var error = await Assert.ThrowsAsync<DbUpdateException>(() =>
            WriteAsync(database, new ProcessedMessage { Channel = "telegram", MessageId = "m0", ProcessedAt = Now }, read));

        Assert.True(DbErrors.IsUniqueViolation(error));
    }

    private static async Task WriteAsync(TestDb database, ProcessedMessage mark, Conversation conversation)
    {
        await using var db = database.Context();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await TurnRows.WriteAsync(db, mark, conversation, CancellationToken.None);
        await transaction.CommitAsync();
    }

    /// <summary>The conversation as a turn reads it (not tracked); created with its first message's mark when it is new.</summary>
    private static async Task<Conversation> ReadBackAsync(TestDb database, string? firstMessage)
    {
        await using var db = database.Context();
        if (firstMessage is not null)
        {
            await db.Database.MigrateAsync();
            db.Conversations.Add(new Conversation { Channel = "telegram", ChatId = "42", FlowId = "registrasi-bpu", StepId = "nik", UpdatedAt = Now });
            db.ProcessedMessages.Add(new ProcessedMessage { Channel = "telegram", MessageId = firstMessage, ProcessedAt = Now });
            await db.SaveChangesAsync();
        }

        return await db.Conversations.AsNoTracking().SingleAsync();
    }
}
