using Jamsostek.Bot.Data;
using Jamsostek.Bot.Outbox;
using Jamsostek.Bot.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Tests.Outbox;

/// <summary>Issue 12: a batch's "sent" marks are ONE statement (<see cref="BatchUpdate"/>), each checked against its lease.</summary>
public sealed class OutboxSentMarksBatchTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 1, 0, 0, TimeSpan.Zero);

    [Theory, SqliteData, PostgresData]
    public async Task WriteAsync_WritesEveryMarkInOneStatement_ButARowLeasedAgain(string provider)
    {
        await using var database = await TestDb.CreateAsync(provider);
        var counter = new CommandCounter();
        await using var db = database.Context(counter);
        await db.Database.MigrateAsync();
        var rows = Enumerable.Range(0, 4).Select(i => new OutboxMessage
        {
            Channel = "telegram", ChatId = $"chat-{i}", Text = "Terima kasih", CreatedAt = Now, ClaimedBy = i < 3 ? "me" : null, ClaimedUntil = i < 3 ? Now.AddMinutes(1) : null,
        }).ToList();
        db.OutboxMessages.AddRange(rows);
        await db.SaveChangesAsync();
        rows[2].ClaimedBy = "other"; // its lease ran out and another dispatcher took it
        await db.SaveChangesAsync();
        var marks = rows.Select((r, i) => new OutboxSentMarks.PendingMark(
            r.Id, [(nameof(OutboxMessage.SentAt), Now.AddSeconds(i)), (nameof(OutboxMessage.ClaimedBy), null), (nameof(OutboxMessage.ClaimedUntil), null)], i < 3 ? "me" : null)).ToList();

        counter.Reset();
        int written;
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            written = await OutboxSentMarks.WriteAsync(db, marks, CancellationToken.None);
            await transaction.CommitAsync();
        }

        Assert.Equal(3, written);
        Assert.Equal(1, counter.Commands);
        await using var check = database.Context();
        var stored = await check.OutboxMessages.AsNoTracking().OrderBy(m => m.Id).ToListAsync();
        foreach (var i in new[] { 0, 1, 3 })
        {
            Assert.Equal(Now.AddSeconds(i), stored[i].SentAt);
            Assert.Null(stored[i].ClaimedBy);
            Assert.Null(stored[i].ClaimedUntil);
        }

        Assert.Null(stored[2].SentAt);
        Assert.Equal("other", stored[2].ClaimedBy);
    }
}
