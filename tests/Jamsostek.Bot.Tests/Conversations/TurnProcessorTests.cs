using Jamsostek.Bot.Conversations;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.Tests.TestSupport;
using Jamsostek.Dialogs.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jamsostek.Bot.Tests.Conversations;

public sealed class TurnProcessorTests
{
    [Fact]
    public async Task ProcessAsync_StoresStateAndQueuesReplies_WhenEngineAnswers()
    {
        await using var fixture = await TurnFixture.StartAsync(FakeEngine.Echo());

        var outcome = await fixture.SendAsync("halo");

        Assert.Equal(new TurnOutcome(TurnStatus.Handled, "echo", "ask"), outcome);
        await using var db = fixture.Db();
        var conversation = await db.Conversations.SingleAsync();
        Assert.Equal(("echo", 1, "ask"), (conversation.FlowId, conversation.FlowVersion, conversation.StepId));
        Assert.Contains("\"count\":\"1\"", conversation.SlotsJson, StringComparison.Ordinal);
        var reply = await db.OutboxMessages.SingleAsync();
        Assert.Equal("Anda menulis: halo", reply.Text);
        Assert.Equal("""[{"id":"ya","label":"Ya"},{"id":"tidak","label":"Tidak"}]""", reply.ChoicesJson);
        Assert.Equal("m1", reply.TurnMessageId);
        Assert.Null(reply.SentAt);
        Assert.Equal(fixture.Time.GetUtcNow(), reply.CreatedAt);
        Assert.True((await db.Participants.SingleAsync()).RemindersOptIn);
    }

    [Fact]
    public async Task ProcessAsync_ChangesNothing_WhenMessageIdWasSeenBefore()
    {
        var engine = FakeEngine.Echo();
        await using var fixture = await TurnFixture.StartAsync(engine);

        await fixture.SendAsync("halo", messageId: "same");
        var second = await fixture.SendAsync("halo lagi", messageId: "same");

        Assert.Equal(TurnStatus.Duplicate, second.Status);
        Assert.Equal("ask", second.StepId);
        Assert.Equal(1, engine.Calls);
        await using var db = fixture.Db();
        Assert.Equal(1, await db.OutboxMessages.CountAsync());
        Assert.Equal(1, await db.ProcessedMessages.CountAsync());
        Assert.Contains("\"count\":\"1\"", (await db.Conversations.SingleAsync()).SlotsJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProcessAsync_GivesTheEngineTimeLookupsAndReference_WhenTurnRuns()
    {
        TurnContext? seen = null;
        string? reference = null;
        (ExistingSignUp? Latest, ExistingSignUp? Active) lookups = default;
        var engine = new FakeEngine((state, _, context) =>
        {
            seen = context;
            reference = context.NewReference; // made when the turn asks for it (a submit), while the turn runs
            lookups = (context.Lookups.FindLatestSignUpOfChat(), context.Lookups.FindActiveSignUp(Answers.Nik));
            return new TurnResult(state, [], []);
        });
        await using var fixture = await TurnFixture.StartAsync(engine);

        await fixture.SendAsync("halo");

        Assert.NotNull(seen);
        Assert.Equal(fixture.Time.GetUtcNow(), seen.Now);
        Assert.Matches("^BPU-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{2}$", reference);
        Assert.Equal((null, null), lookups);
    }

    [Fact]
    public async Task ProcessAsync_RollsBackAndApologises_WhenTurnFails()
    {
        var fail = false;
        var engine = new FakeEngine((state, input, context) => fail
            ? throw new InvalidOperationException($"cannot handle NIK {Answers.Nik} from +6281251234567")
            : new TurnResult(state with { FlowId = "registrasi", StepId = "nama", Slots = state.Slots.SetItem("nik", Answers.Nik) }, [Reply.Plain("Nama?")], []));
        var logs = new ListLoggerProvider();
        await using var fixture = await TurnFixture.StartAsync(engine, s => s.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(logs));
        await fixture.SendAsync("6306055208900003");

        fail = true;
        var outcome = await fixture.SendAsync("Siti");

        Assert.Equal(new TurnOutcome(TurnStatus.Failed, "registrasi", "nama"), outcome);
        await using var db = fixture.Db();
        var conversation = await db.Conversations.SingleAsync();
        Assert.Equal("nama", conversation.StepId);
        Assert.Contains(Answers.Nik, conversation.SlotsJson, StringComparison.Ordinal);
        var texts = await db.OutboxMessages.OrderBy(m => m.Id).Select(m => m.Text).ToListAsync();
        Assert.Equal(["Nama?", TurnProcessor.Apology], texts);
        Assert.Contains(logs.Lines, l => l.Contains("Turn failed", StringComparison.Ordinal) && l.Contains("6306**********03", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, l => l.Contains(Answers.Nik, StringComparison.Ordinal) || l.Contains("81251234567", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ProcessAsync_RollsBackEffects_WhenAnEffectFails()
    {
        var answers = Answers.Complete();
        answers.Remove("alamat");
        var engine = new FakeEngine((state, _, context) => new TurnResult(
            state with { StepId = "selesai" },
            [Reply.Plain("Terkirim")],
            [new HandoffRequestedEffect("tolong"), new SubmitSignUpEffect(context.NewReference, answers, null)]));
        await using var fixture = await TurnFixture.StartAsync(engine);

        var outcome = await fixture.SendAsync("kirim");

        Assert.Equal(TurnStatus.Failed, outcome.Status);
        await using var db = fixture.Db();
        Assert.Empty(await db.SignUps.ToListAsync());
        Assert.Empty(await db.HandoffRequests.ToListAsync());
        Assert.Empty(await db.Conversations.ToListAsync());
        Assert.Equal([TurnProcessor.Apology], await db.OutboxMessages.Select(m => m.Text).ToListAsync());
    }
}
