using Jamsostek.Bot.Conversations;
using Jamsostek.Bot.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Jamsostek.Bot.Tests.Conversations;

public sealed class TurnConcurrencyTests
{
    [Fact]
    public async Task ProcessAsync_RetriesTheTurn_WhenAnotherProcessSavedTheConversationFirst()
    {
        var engine = FakeEngine.Echo();
        var rival = new RivalWriter();
        await using var fixture = await TurnFixture.StartAsync(engine, s => s.AddSingleton<IInterceptor>(rival));
        await fixture.SendAsync("satu");

        rival.Armed = true;
        var outcome = await fixture.SendAsync("dua");

        Assert.Equal(TurnStatus.Handled, outcome.Status);
        Assert.Equal(1, rival.Fired);
        Assert.Equal(3, engine.Calls);
        await using var db = fixture.Db();
        Assert.Equal(["Anda menulis: satu", "Anda menulis: dua"], await db.OutboxMessages.OrderBy(m => m.Id).Select(m => m.Text).ToListAsync());
        Assert.Equal(2, await db.ProcessedMessages.CountAsync());
        Assert.Contains("\"count\":\"2\"", (await db.Conversations.SingleAsync()).SlotsJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProcessAsync_KeepsEveryTurn_WhenTwoHostsShareOneChatAndFile()
    {
        using var database = new TempDatabase();
        await using var one = await TurnFixture.StartAsync(FakeEngine.Echo(), database: database);
        await using var twoOnSameFile = await TurnFixture.StartAsync(FakeEngine.Echo(), database: database);

        var turns = Enumerable.Range(0, 20).Select(i => Task.Run(() =>
            (i % 2 == 0 ? one : twoOnSameFile).SendAsync($"pesan {i}", messageId: $"id-{i}")));
        var outcomes = await Task.WhenAll(turns);

        Assert.All(outcomes, o => Assert.Equal(TurnStatus.Handled, o.Status));
        await using var db = one.Db();
        Assert.Equal(20, await db.OutboxMessages.CountAsync());
        Assert.Contains("\"count\":\"20\"", (await db.Conversations.SingleAsync()).SlotsJson, StringComparison.Ordinal);
    }

    /// <summary>Before the first save that updates a conversation, changes its Version as another process would.</summary>
    private sealed class RivalWriter : SaveChangesInterceptor
    {
        public bool Armed { get; set; }

        public int Fired { get; private set; }

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            var context = eventData.Context!;
            if (Armed && context.ChangeTracker.Entries<Conversation>().Any(e => e.State == EntityState.Modified))
            {
                Armed = false;
                Fired++;
                await context.Database.ExecuteSqlRawAsync("UPDATE Conversations SET Version = '00000000-0000-0000-0000-000000000001'", cancellationToken);
            }

            return result;
        }
    }
}
