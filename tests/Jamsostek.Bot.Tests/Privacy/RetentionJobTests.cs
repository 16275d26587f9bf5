using Jamsostek.Bot.Conversations;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.Outbox;
using Jamsostek.Bot.Privacy;
using Jamsostek.Bot.Tests.Officers;
using Jamsostek.Bot.Tests.TestSupport;
using Jamsostek.Dialogs.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Jamsostek.Bot.Tests.Privacy;

/// <summary>
/// Each retention period on a fake clock: what is one minute inside it stays, one minute outside goes; sign-ups
/// (pending, approved, rejected) are the programme's records and stay whatever their age. Batches of 2 rows make
/// every delete loop more than once.
/// </summary>
public sealed class RetentionJobTests
{
    private static readonly DateTimeOffset Now = new(2027, 6, 1, 3, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task RunAsync_DeletesJustOutsideEachPeriodAndKeepsJustInside_WhenDefaults()
    {
        using var temp = new TempDatabase();
        var time = new FakeTimeProvider(Now);
        using var host = await BotServices.StartAsync(temp.DbPath, s => s.AddSingleton<TimeProvider>(time));
        var dbFactory = host.Services.GetRequiredService<IDbContextFactory<BotDbContext>>();
        await SeedAsync(dbFactory);
        var job = new RetentionJob(dbFactory, Options.Create(new RetentionOptions { BatchSize = 2 }), time, NullLogger<RetentionJob>.Instance);

        await job.RunAsync(CancellationToken.None);

        await using var db = await dbFactory.CreateDbContextAsync();
        Assert.Equal(["in-180", "in-30-draft", "old-no-session-29", "signup-line-31"], (await db.ConversationMessages.Select(m => m.Text).ToListAsync()).Order(StringComparer.Ordinal)); // encrypted: sorted in memory
        Assert.Equal(["sent-in-180", "unsent-old"], (await db.OutboxMessages.Select(m => m.Text).ToListAsync()).Order(StringComparer.Ordinal));
        Assert.Equal(["k-in-1", "k-in-2"], await db.ProcessedMessages.OrderBy(m => m.MessageId).Select(m => m.MessageId).ToListAsync());
        Assert.Equal(1, await db.NikEntries.CountAsync());
        var conversations = await db.Conversations.OrderBy(c => c.ChatId).ToListAsync();
        Assert.Equal(("idle-29", "registrasi-bpu", "nik"), (conversations[0].ChatId, conversations[0].FlowId, conversations[0].StepId));
        Assert.Equal(("idle-31", null, null, "{}"), (conversations[1].ChatId, conversations[1].FlowId, conversations[1].StepId, conversations[1].SlotsJson));
        Assert.Equal(3, await db.SignUps.CountAsync());
    }

    private static async Task SeedAsync(IDbContextFactory<BotDbContext> dbFactory)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var old = Now.AddDays(-400);
        var statuses = new[] { SignUpStatus.Pending, SignUpStatus.Approved, SignUpStatus.Rejected };
        for (var i = 0; i < statuses.Length; i++)
        {
            var s = SignUpSeed.Make(i + 1, old);
            s.Status = statuses[i];
            s.Kpj = statuses[i] == SignUpStatus.Approved ? "12345678901" : null;
            s.RegistrationSession = i == 0 ? "submitted" : null;
            db.SignUps.Add(s);
        }

        Line("in-180", Now.AddDays(-180) + Minute, null);
        Line("out-180", Now.AddDays(-180) - Minute, null);
        Line("out-180-b", Now.AddDays(-200), "submitted");
        Line("old-no-session-29", Now.AddDays(-31), null); // outside a registration: only the 180 days apply
        Line("signup-line-31", Now.AddDays(-31), "submitted"); // a sign-up's own line: 180 days too
        Line("in-30-draft", Now.AddDays(-30) + Minute, "abandoned");
        Line("out-30-draft", Now.AddDays(-30) - Minute, "abandoned");
        Line("out-30-draft-b", Now.AddDays(-45), "abandoned");

        Outbox("sent-in-180", sent: Now.AddDays(-180) + Minute);
        Outbox("sent-out-180", sent: Now.AddDays(-180) - Minute);
        Outbox("abandoned-out-180", abandoned: Now.AddDays(-181));
        Outbox("unsent-old", created: Now.AddDays(-200));

        foreach (var (key, at) in new[] { ("k-in-1", Now.AddDays(-7) + Minute), ("k-in-2", Now), ("k-out-1", Now.AddDays(-7) - Minute), ("k-out-2", Now.AddDays(-8)), ("k-out-3", Now.AddDays(-30)) })
        {
            db.ProcessedMessages.Add(new ProcessedMessage { Channel = "telegram", MessageId = key, ProcessedAt = at });
        }

        db.NikEntries.Add(new NikEntry { Channel = "telegram", ChatId = "1", At = Now.AddDays(-1) });
        db.NikEntries.Add(new NikEntry { Channel = "telegram", ChatId = "1", At = Now.AddDays(-180) - Minute, Refused = true });
        db.Conversations.Add(new Conversation { Channel = "telegram", ChatId = "idle-29", FlowId = "registrasi-bpu", StepId = "nik", SlotsJson = "{\"nama\":\"Siti\"}", UpdatedAt = Now.AddDays(-30) + Minute });
        db.Conversations.Add(new Conversation { Channel = "telegram", ChatId = "idle-31", FlowId = "registrasi-bpu", StepId = "nik", SlotsJson = "{\"nama\":\"Siti\"}", UpdatedAt = Now.AddDays(-30) - Minute });
        await db.SaveChangesAsync();

        void Line(string text, DateTimeOffset at, string? session) =>
            db.ConversationMessages.Add(new ConversationMessage { Channel = "telegram", ChatId = "1", Direction = ConversationMessage.Inbound, Text = text, At = at, SessionId = session });

        void Outbox(string text, DateTimeOffset? sent = null, DateTimeOffset? abandoned = null, DateTimeOffset? created = null) =>
            db.OutboxMessages.Add(new OutboxMessage { Channel = "telegram", ChatId = "1", Text = text, CreatedAt = created ?? sent ?? abandoned ?? Now, SentAt = sent, AbandonedAt = abandoned });
    }
}
