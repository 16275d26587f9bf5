using System.Data.Common;
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

    /// <summary>
    /// Before the first command that updates a conversation, changes its Version as another process would: the turn's
    /// own UPDATE (written by hand, <c>TurnRows</c>) or EF's (a turn with effects) then finds a Version it did not read.
    /// </summary>
    private sealed class RivalWriter : DbCommandInterceptor
    {
        public bool Armed { get; set; }

        public int Fired { get; private set; }

        public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            await InterveneAsync(command, cancellationToken);
            return result;
        }

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            await InterveneAsync(command, cancellationToken);
            return result;
        }

        private async Task InterveneAsync(DbCommand command, CancellationToken cancellationToken)
        {
            if (!Armed || !command.CommandText.TrimStart().StartsWith("UPDATE \"Conversations\"", StringComparison.Ordinal))
            {
                return;
            }

            Armed = false;
            Fired++;
            await using var rival = command.Connection!.CreateCommand();
            rival.Transaction = command.Transaction;
            rival.CommandText = "UPDATE Conversations SET Version = '00000000-0000-0000-0000-000000000001'";
            await rival.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
