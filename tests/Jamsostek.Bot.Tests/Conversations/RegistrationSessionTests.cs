using Jamsostek.Bot.Tests.TestSupport;
using Jamsostek.Dialogs.Engine;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Tests.Conversations;

/// <summary>Transcript lines carry the registration attempt they belong to, and the sign-up takes that attempt on submit.</summary>
public sealed class RegistrationSessionTests
{
    private static FakeEngine Registration() => new((state, input, context) => input.Text switch
    {
        "daftar" => new TurnResult(state with { FlowId = "registrasi-bpu", StepId = "nik" }, [Reply.Plain("NIK?")], []),
        "kirim" => new TurnResult(state with { FlowId = null, StepId = null }, [Reply.Plain("Terkirim")], [new SubmitSignUpEffect(context.NewReference, Answers.Complete(), null)]),
        _ when state.InFlow => new TurnResult(state, [Reply.Plain("Lanjut")], []),
        _ => new TurnResult(state with { FlowId = "menu", StepId = "pilih" }, [Reply.Plain("Menu")], []),
    });

    [Fact]
    public async Task ProcessAsync_TagsAttemptLinesAndCarriesThemToSignUp_WhenSubmittedAndResubmitted()
    {
        await using var fixture = await TurnFixture.StartAsync(Registration());
        await fixture.SendAsync("halo");
        await fixture.SendAsync("daftar");
        await fixture.SendAsync("Siti Aminah");
        await fixture.SendAsync("kirim");
        await fixture.SendAsync("apa kabar");
        await using (var db = fixture.Db())
        {
            var signUp = await db.SignUps.SingleAsync();
            Assert.NotNull(signUp.RegistrationSession);
            var lines = await db.ConversationMessages.OrderBy(m => m.Id).Select(m => new { m.Text, m.SessionId }).ToListAsync();
            Assert.Equal(["daftar", "NIK?", "Siti Aminah", "Lanjut", "kirim", "Terkirim"], lines.Where(l => l.SessionId == signUp.RegistrationSession).Select(l => l.Text));
            Assert.Equal(["halo", "Menu", "apa kabar", "Menu"], lines.Where(l => l.SessionId == null).Select(l => l.Text));
            signUp.Status = SignUpStatus.Rejected;
            await db.SaveChangesAsync();
        }

        await fixture.SendAsync("daftar");
        await fixture.SendAsync("Siti Aminah Rahmawati");
        await fixture.SendAsync("kirim");

        await using var after = fixture.Db();
        var resubmitted = await after.SignUps.SingleAsync();
        Assert.Equal(SignUpStatus.Pending, resubmitted.Status);
        var own = await after.ConversationMessages.Where(m => m.SessionId == resubmitted.RegistrationSession).Select(m => m.Text).ToListAsync();
        Assert.Contains("Siti Aminah", own);
        Assert.Contains("Siti Aminah Rahmawati", own);
        Assert.Equal(12, own.Count);
    }
}
