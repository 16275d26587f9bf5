using Jamsostek.Bot.Conversations;
using Jamsostek.Bot.Tests.TestSupport;
using Jamsostek.Dialogs.Engine;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Tests.Officers;

/// <summary>After "NIK tidak sesuai dengan KTP", the corrected NIK sent from the same chat returns the same row to the queue.</summary>
public sealed class CorrectedNikResubmissionTests
{
    private const string CorrectedNik = "6306055208900011";

    /// <summary>Each message is the NIK the worker typed; every other answer stays the same.</summary>
    private static FakeEngine Submitter() => new((state, input, context) =>
        new TurnResult(state with { FlowId = "f", StepId = "s" }, [Reply.Plain("Pendaftaran terkirim.")], [new SubmitSignUpEffect(context.NewReference, Answers.Complete(input.Text!), null)]));

    private static async Task RejectAllAsync(TurnFixture fixture)
    {
        await using var db = fixture.Db();
        foreach (var s in await db.SignUps.ToListAsync())
        {
            s.Status = SignUpStatus.Rejected;
            s.RejectionReason = "NIK tidak sesuai dengan KTP.";
        }

        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Submit_ReusesTheRejectedRowAndReference_WhenTheNikWasCorrected()
    {
        await using var fixture = await TurnFixture.StartAsync(Submitter());
        await fixture.SendAsync(Answers.Nik);
        await RejectAllAsync(fixture);

        await fixture.SendAsync(CorrectedNik);

        await using var check = fixture.Db();
        var signUp = await check.SignUps.SingleAsync();
        Assert.Equal((SignUpStatus.Pending, CorrectedNik), (signUp.Status, signUp.Nik));
        Assert.Null(signUp.RejectionReason);
        var audit = await check.AuditEntries.SingleAsync(a => a.Action == "resubmitted");
        Assert.Equal(signUp.Reference, audit.EntityId);
        Assert.Contains("\"nik\":\"6306**********03\"", audit.BeforeJson, StringComparison.Ordinal);
        Assert.Contains("\"nik\":\"6306**********11\"", audit.AfterJson, StringComparison.Ordinal);
        Assert.Contains("\"changed\":[\"nik\"]", audit.AfterJson, StringComparison.Ordinal);
        Assert.DoesNotContain(Answers.Nik, audit.BeforeJson, StringComparison.Ordinal);
        Assert.DoesNotContain(CorrectedNik, audit.AfterJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_AddsANewRow_WhenTheChatsLatestSignUpIsPending()
    {
        await using var fixture = await TurnFixture.StartAsync(Submitter());
        await fixture.SendAsync(Answers.Nik);

        await fixture.SendAsync(CorrectedNik);

        await using var check = fixture.Db();
        Assert.Equal([Answers.Nik, CorrectedNik], await check.SignUps.OrderBy(s => s.Id).Select(s => s.Nik).ToListAsync());
    }

    [Fact]
    public async Task Submit_LeavesTheRejectedRowAlone_WhenTheCorrectedNikIsPendingInAnotherChat()
    {
        await using var fixture = await TurnFixture.StartAsync(Submitter());
        await fixture.SendAsync(CorrectedNik, chatId: "chat-2");
        await fixture.SendAsync(Answers.Nik);
        await using (var db = fixture.Db())
        {
            var mine = await db.SignUps.SingleAsync(s => s.ChatId == "chat-1");
            mine.Status = SignUpStatus.Rejected;
            await db.SaveChangesAsync();
        }

        // The real dialog refuses such a NIK before submitting; past it, the unique active-NIK index rolls the turn back.
        var outcome = await fixture.SendAsync(CorrectedNik);

        await using var check = fixture.Db();
        Assert.Equal(SignUpStatus.Rejected, (await check.SignUps.SingleAsync(s => s.ChatId == "chat-1")).Status);
        Assert.Equal(1, (await check.SignUps.ToListAsync()).Count(s => s.Nik == CorrectedNik)); // encrypted: compared in memory
        Assert.Equal(TurnStatus.Failed, outcome.Status);
    }
}
