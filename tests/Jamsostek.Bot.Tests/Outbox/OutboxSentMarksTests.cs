using System.Collections.Concurrent;
using Jamsostek.Bot.Channels.Terminal;
using Jamsostek.Bot.Conversations;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.Outbox;
using Jamsostek.Bot.Tests.TestSupport;
using Jamsostek.Dialogs.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace Jamsostek.Bot.Tests.Outbox;

/// <summary>
/// Issue 12: a turn costs one write transaction in steady state. A reply sent straight from its request is marked "sent"
/// in the turn writer's next transaction, beside the turns of other chats, not in one of its own; the real engine, the
/// real turn writer and dispatcher on real SQLite, transactions counted (not timed). The steady state (other chats'
/// turns queued while a send finishes) is made by holding the write gate, not by timing.
/// </summary>
public sealed class OutboxSentMarksTests(ITestOutputHelper output)
{
    private const string Holder = "direct:test";

    private static readonly string[] Answers = ["daftar", "ya", "6306055208900003", "Siti Aminah", "12-08-1990", "ya"];

    [Fact]
    public async Task Turns_CostOneWriteTransactionEach_WhenEachSendsMarkRidesWithTheNextTurn()
    {
        using var temp = new TempDatabase();
        var counter = new CommandCounter();
        var transport = new RecordingTransport();
        using var host = await StartAsync(temp, counter, transport);
        var (turns, dispatcher, gate, writer) = Parts(host);
        await turns.ProcessAsync(Message("warm-up", "/start", "other"), Holder, null, default);

        counter.Reset();
        var chats = new[] { "chat-a", "chat-b" };
        var pending = await turns.ProcessAsync(Message("a-0", Answers[0], chats[0]), Holder, null, default);
        var sent = pending.ClaimedReplies.Count;
        for (var i = 1; i < 2 * Answers.Length; i++)
        {
            var chat = chats[i % 2];
            Task<bool> send;
            Task<TurnOutcome> next;
            using (await gate.EnterAsync())
            {
                // The previous turn's reply goes while this chat's turn waits for the gate: its mark must ride with it.
                send = dispatcher.SendClaimedAsync(pending.ClaimedReplies, default);
                await Eventually.TrueAsync(() => transport.Sent.Count == sent, "the previous reply sent");
                next = turns.ProcessAsync(Message($"{chat}-{i / 2}", Answers[i / 2], chat), Holder, null, default);
                await Eventually.TrueAsync(() => writer.Waiting >= 2, "the turn and the mark queued");
            }

            Assert.True(await send);
            pending = await next;
            Assert.NotEmpty(pending.ClaimedReplies);
            sent += pending.ClaimedReplies.Count;
        }

        var turnCount = 2 * Answers.Length;
        var (transactions, commands, inTransaction) = (counter.Transactions, counter.Commands, counter.InTransaction);
        output.WriteLine($"{turnCount} turns, {sent} replies sent directly (all but the last marked): {transactions} write transactions, {commands} SQL commands "
            + $"({(double)commands / turnCount:0.0} a turn), {inTransaction} inside transactions");
        foreach (var kind in counter.Texts.GroupBy(t => t).OrderByDescending(g => g.Count()))
        {
            output.WriteLine($"{kind.Count(),4}  {kind.Key}");
        }

        Assert.Equal(turnCount, transactions); // before: a transaction for each turn and one for each mark
        Assert.Equal(sent - pending.ClaimedReplies.Count, counter.Texts.Count(t => t == "write UPDATE OutboxMessages")); // each mark inside a turn's

        // The last mark has no turn to ride with: it goes alone (a connection-level transaction, not the durable kind).
        Assert.True(await dispatcher.SendClaimedAsync(pending.ClaimedReplies, default));
        await using var db = host.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContext();
        Assert.All(await db.OutboxMessages.Where(m => m.ChatId != "other").ToListAsync(), row => Assert.True(
            row.SentAt is not null && row.ClaimedBy is null && row.ClaimedUntil is null && row.PartsSent == 1 && row.ExternalMessageId is not null));
        Assert.Equal(sent, transport.Sent.Count);
    }

    [Fact]
    public async Task SendClaimedAsync_SavesTheMarkItself_WhenNoWriterCarriesIt()
    {
        using var temp = new TempDatabase();
        var transport = new RecordingTransport();
        using var host = await StartAsync(temp, new CommandCounter(), transport);
        var (turns, dispatcher, _, writer) = Parts(host);
        var outcome = await turns.ProcessAsync(Message("m-1", "daftar", "chat-a"), Holder, null, default);

        await writer.DisposeAsync(); // shutting down: the marks have no writer any more
        var allSent = await dispatcher.SendClaimedAsync(outcome.ClaimedReplies, default);

        Assert.True(allSent);
        Assert.Equal(outcome.ClaimedReplies.Count, transport.Sent.Count);
        await using var db = host.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContext();
        Assert.All(await db.OutboxMessages.Where(m => m.ChatId == "chat-a").ToListAsync(), row => Assert.True(row.SentAt is not null && row.ClaimedBy is null));
    }

    [Fact]
    public async Task SendClaimedAsync_SendsEveryRowOfTheTurnAtOnce_WhenTheTurnWroteSeveral()
    {
        using var temp = new TempDatabase();
        var transport = new RecordingTransport();
        using var host = await StartAsync(temp, new CommandCounter(), transport);
        var (_, dispatcher, _, _) = Parts(host);
        var now = host.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var rows = Enumerable.Range(1, 4).Select(i => new OutboxMessage
        {
            Channel = "terminal", ChatId = "chat-a", Text = $"Bagian {i}", CreatedAt = now, ClaimedBy = Holder, ClaimedUntil = now.AddMinutes(2),
        }).ToList();
        await using (var db = host.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContext())
        {
            db.OutboxMessages.AddRange(rows);
            await db.SaveChangesAsync();
        }

        var allSent = await dispatcher.SendClaimedAsync((IReadOnlyList<OutboxMessage>)rows, default);

        // Each mark accepted, not rejected (a rejected one left SentAt empty in memory and released the rest to the passes).
        Assert.True(allSent);
        Assert.Equal(4, transport.Sent.Count);
        await using var check = host.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContext();
        Assert.All(await check.OutboxMessages.ToListAsync(), row => Assert.True(row.SentAt is not null && row.ClaimedBy is null && row.PartsSent == 1));
    }

    private static Task<IHost> StartAsync(TempDatabase temp, CommandCounter counter, RecordingTransport transport) =>
        BotServices.StartAsync(temp.DbPath, s =>
        {
            s.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 5, 1, 1, 0, 0, TimeSpan.Zero)));
            s.AddSingleton<IInterceptor>(counter);
            s.AddSingleton<IOutboxRenderer>(new PlainRenderer());
            s.AddSingleton<IOutboxTransport>(transport);
        });

    private static (TurnProcessor Turns, OutboxDispatcher Dispatcher, DbWriteGate Gate, TurnWriter Writer) Parts(IHost host) => (
        host.Services.GetRequiredService<TurnProcessor>(),
        host.Services.GetRequiredService<OutboxDispatcher>(),
        host.Services.GetRequiredService<DbWriteGate>(),
        host.Services.GetRequiredService<TurnWriter>());

    private static InboundMessage Message(string id, string text, string chat) =>
        new("terminal", chat, id, InboundInput.FromText(text), DateTimeOffset.UnixEpoch);

    private sealed class PlainRenderer : IOutboxRenderer
    {
        public string Channel => "terminal";

        public Task<OutboxRendering> RenderAsync(BotDbContext db, OutboxMessage row, CancellationToken cancellationToken) =>
            Task.FromResult(OutboxRendering.Of([new TerminalPart(row.Text, row.ChoicesJson)]));
    }

    private sealed class RecordingTransport : IOutboxTransport
    {
        private int next;

        public ConcurrentQueue<string> Sent { get; } = new();

        public string Channel => "terminal";

        public OutboxChannelSettings Settings => OutboxChannelSettings.Unpaced;

        public Task<SendOutcome> SendAsync(OutboxMessage row, OutboxPart part, CancellationToken cancellationToken)
        {
            Sent.Enqueue(row.ChatId);
            return Task.FromResult(SendOutcome.Sent(Interlocked.Increment(ref next).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }
}
