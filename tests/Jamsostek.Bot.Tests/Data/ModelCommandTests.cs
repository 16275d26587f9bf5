using Jamsostek.Bot.Conversations;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Tests.Data;

/// <summary>
/// Issue 12: a statement's text is written once per shape and kept; each run binds its own values. These pin that a kept
/// statement never carries one run's values into the next, and that a row with too few values is refused, not misbound.
/// </summary>
public sealed class ModelCommandTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 1, 0, 0, TimeSpan.Zero);

    [Theory, SqliteData, PostgresData]
    public async Task InsertAsync_StoresEachRunsOwnRows_WhenTheSameShapeRunsAgain(string provider)
    {
        await using var database = await TestDb.CreateAsync(provider);
        await using (var migrate = database.Context())
        {
            await migrate.Database.MigrateAsync();
        }

        await InsertAsync(database, Mark("a1", 0), Mark("a2", 1));
        await InsertAsync(database, Mark("b1", 2), Mark("b2", 3)); // the kept statement of two rows
        await InsertAsync(database, Mark("c1", 4)); // another shape
        await InsertAsync(database, Mark("d1", 5), Mark("d2", 6), Mark("d3", 7));

        await using var check = database.Context();
        var stored = await check.ProcessedMessages.AsNoTracking().OrderBy(m => m.MessageId).ToListAsync();
        Assert.Equal(["a1", "a2", "b1", "b2", "c1", "d1", "d2", "d3"], stored.Select(m => m.MessageId));
        Assert.Equal(Enumerable.Range(0, 8).Select(i => Now.AddMinutes(i)), stored.Select(m => m.ProcessedAt));
    }

    [Theory, SqliteData, PostgresData]
    public async Task UpdateAsync_SetsEachRunsOwnValues_WhenTheSameShapeRunsAgain(string provider)
    {
        await using var database = await TestDb.CreateAsync(provider);
        await using (var seed = database.Context())
        {
            await seed.Database.MigrateAsync();
            seed.Conversations.AddRange(
                new Conversation { Channel = "telegram", ChatId = "1", FlowId = "f", StepId = "s0", UpdatedAt = Now },
                new Conversation { Channel = "telegram", ChatId = "2", FlowId = "f", StepId = "s0", UpdatedAt = Now });
            await seed.SaveChangesAsync();
        }

        var set = new BatchUpdate.Set([nameof(Conversation.StepId)], Token: null);
        foreach (var step in new[] { "s1", "s2" })
        {
            await using var db = database.Context();
            var ids = await db.Conversations.OrderBy(c => c.ChatId).Select(c => c.Id).ToListAsync();
            var rows = ids.Select(id => new BatchUpdate.Row(id, [$"{step}-{id}"], null)).ToList();
            Assert.Equal(2, await BatchUpdate.UpdateAsync<Conversation>(db, set, rows, CancellationToken.None));
        }

        await using var check = database.Context();
        Assert.All(await check.Conversations.AsNoTracking().ToListAsync(), c => Assert.Equal($"s2-{c.Id}", c.StepId));
    }

    // PostgreSQL only: it is where writers really run at once (SQLite's writers queue behind one lock, TurnWriter's).
    [Theory, PostgresData]
    public async Task InsertAsync_ReturnsEachCallsOwnIds_WhenCallsOfOneShapeRunAtOnce(string provider)
    {
        await using var database = await TestDb.CreateAsync(provider);
        await using (var migrate = database.Context())
        {
            await migrate.Database.MigrateAsync();
        }

        // The kept statement is shared; what each call reads back must still be its own rows' keys.
        var calls = await Task.WhenAll(Enumerable.Range(0, 32).Select(call => Task.Run(async () =>
        {
            await using var db = database.Context();
            ProcessedMessage[] marks = [Mark($"{call}-a", call), Mark($"{call}-b", call)];
            return (call, ids: await BatchInsert.InsertAsync(db, marks, returnIds: true, CancellationToken.None));
        })));

        await using var check = database.Context();
        var stored = await check.ProcessedMessages.AsNoTracking().ToDictionaryAsync(m => m.Id, m => m.MessageId);
        Assert.All(calls, c => Assert.Equal([$"{c.call}-a", $"{c.call}-b"], c.ids.Select(id => stored[id])));
    }

    [Fact]
    public async Task UpdateAsync_Refuses_WhenARowGivesTooFewValues()
    {
        await using var database = await TestDb.CreateAsync(TestDb.Sqlite);
        await using var db = database.Context();
        var set = new BatchUpdate.Set([nameof(Conversation.StepId), nameof(Conversation.FlowId)], Token: null);

        await Assert.ThrowsAsync<ArgumentException>(() =>
            BatchUpdate.UpdateAsync<Conversation>(db, set, [new BatchUpdate.Row(1L, ["only one"], null)], CancellationToken.None));
    }

    private static ProcessedMessage Mark(string id, int minute) =>
        new() { Channel = "telegram", MessageId = id, ProcessedAt = Now.AddMinutes(minute) };

    private static async Task InsertAsync(TestDb database, params ProcessedMessage[] marks)
    {
        await using var db = database.Context();
        await BatchInsert.InsertAsync(db, marks, returnIds: false, CancellationToken.None);
    }
}
