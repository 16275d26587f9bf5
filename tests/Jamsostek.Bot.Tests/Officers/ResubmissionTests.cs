using Jamsostek.Bot.Conversations;
using Jamsostek.Bot.Tests.TestSupport;
using Jamsostek.Dialogs.Engine;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Tests.Officers;

/// <summary>A rejected sign-up corrected in chat goes back to the queue (same row, history in the audit); turns are kept as a transcript.</summary>
public sealed class ResubmissionTests
{
    private static FakeEngine Submitter() => new((state, input, context) =>
    {
        var answers = Answers.Complete();
        answers["nama"] = input.Text ?? "Siti Aminah";
        return new TurnResult(state with { FlowId = "f", StepId = "s" }, [Reply.Plain($"Pendaftaran terkirim. Nomor referensi: {context.NewReference}")], [new SubmitSignUpEffect(context.NewReference, answers, null)]);
    });

    [Fact]
    public async Task Submit_ReturnsRejectedRowToPending_WhenSameChatAndNikSubmitsAgain()
    {
        await using var fixture = await TurnFixture.StartAsync(Submitter());
        await fixture.SendAsync("Siti Aminh");
        await using (var db = fixture.Db())
        {
            var first = await db.SignUps.SingleAsync();
            first.Status = SignUpStatus.Rejected;
            first.RejectionReason = "Nama tidak sesuai KTP";
            await db.SaveChangesAsync();
        }

        await fixture.SendAsync("Siti Aminah");

        await using var check = fixture.Db();
        var signUp = await check.SignUps.SingleAsync();
        Assert.Equal(SignUpStatus.Pending, signUp.Status);
        Assert.Equal("Siti Aminah", signUp.FullName);
        Assert.Null(signUp.RejectionReason);
        var audit = await check.AuditEntries.SingleAsync(a => a.Action == "resubmitted");
        Assert.Equal(signUp.Reference, audit.EntityId);
        Assert.Contains("Siti Aminh", audit.BeforeJson, StringComparison.Ordinal);
        Assert.Contains("rejected", audit.BeforeJson, StringComparison.Ordinal);
        Assert.Contains("pending", audit.AfterJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_QuotesTheKeptReference_WhenRejectedSignUpIsSentAgain()
    {
        await using var fixture = await TurnFixture.StartAsync(Submitter());
        await fixture.SendAsync("Siti Aminh");
        string reference;
        await using (var db = fixture.Db())
        {
            var first = await db.SignUps.SingleAsync();
            reference = first.Reference;
            first.Status = SignUpStatus.Rejected;
            await db.SaveChangesAsync();
        }

        await fixture.SendAsync("Siti Aminah");

        await using var check = fixture.Db();
        var lastReply = await check.OutboxMessages.OrderByDescending(m => m.Id).Select(m => m.Text).FirstAsync();
        Assert.Equal($"Pendaftaran terkirim. Nomor referensi: {reference}", lastReply);
        Assert.Equal(reference, (await check.SignUps.SingleAsync()).Reference);
    }

    [Fact]
    public async Task Lookups_GiveTheRejectedAnswersAndTheReasonsSteps_SoThatOnlyThoseAreAskedAgain()
    {
        RejectedDraft? draft = null;
        IReadOnlyList<ExistingSignUp> listed = [];
        var submitted = false;
        await using var fixture = await TurnFixture.StartAsync(new FakeEngine((state, input, context) =>
        {
            if (!submitted)
            {
                submitted = true;
                return new TurnResult(state, [Reply.Plain("terkirim")], [new SubmitSignUpEffect(context.NewReference, Answers.Complete(), null)]);
            }

            (draft, listed) = (context.Lookups.FindRejectedDraft(null), context.Lookups.FindSignUpsOfChat());
            return new TurnResult(state, [Reply.Plain("ok")], []);
        }));
        await fixture.SendAsync("kirim");
        await using (var db = fixture.Db())
        {
            var first = await db.SignUps.SingleAsync();
            first.Status = SignUpStatus.Rejected;
            first.RejectionReason = "Data ahli waris tidak lengkap. Nama ahli waris hanya satu huruf.";
            await db.SaveChangesAsync();
        }

        await fixture.SendAsync("daftar");

        Assert.NotNull(draft);
        Assert.Equal(["ahli_waris_nama", "ahli_waris_hubungan"], draft.Redo);
        Assert.Equal(Answers.Complete()["nik"], draft.Answers["nik"]);
        Assert.Equal(Answers.Complete()["desa"], draft.Answers["desa"]);
        Assert.Equal(Answers.Complete()["tanggal_lahir"], draft.Answers["tanggal_lahir"]);
        var only = Assert.Single(listed);
        Assert.Equal(Answers.Complete()["nama"], only.FullName);
    }

    [Fact]
    public async Task Submit_AddsNewRow_WhenLatestIsNotRejected()
    {
        await using var fixture = await TurnFixture.StartAsync(Submitter());
        await fixture.SendAsync("Siti Aminah");
        await using (var db = fixture.Db())
        {
            (await db.SignUps.SingleAsync()).Status = SignUpStatus.Withdrawn;
            await db.SaveChangesAsync();
        }

        await fixture.SendAsync("Siti Aminah");

        await using var check = fixture.Db();
        Assert.Equal(2, await check.SignUps.CountAsync());
    }

    [Fact]
    public async Task Turn_StoresInboundTextAndRepliesAsTranscript()
    {
        await using var fixture = await TurnFixture.StartAsync(FakeEngine.Echo());

        await fixture.SendAsync("halo");

        await using var db = fixture.Db();
        var lines = await db.ConversationMessages.OrderBy(m => m.Id).Select(m => new { m.Direction, m.Text }).ToListAsync();
        Assert.Equal(2, lines.Count);
        Assert.Equal(("in", "halo"), (lines[0].Direction, lines[0].Text));
        Assert.Equal(("out", "Anda menulis: halo"), (lines[1].Direction, lines[1].Text));
    }
}
