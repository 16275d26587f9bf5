using Jamsostek.Dialogs.Answers;
using Jamsostek.Dialogs.Engine;

namespace Jamsostek.Dialogs.Tests.Engine;

/// <summary>
/// "daftar" in a chat whose own sign-up was rejected asks first whom the registration is for: a correction (the rejected
/// answers come back) or someone else, a spouse or a relative (it starts empty and its submit says so).
/// </summary>
public sealed class RegistrationForTranscriptTests
{
    private static Dictionary<string, string> Answers()
    {
        var chat = new EngineHarness();
        chat.SayAll(Registrations.UpToSummary);
        return chat.State.Slots.ToDictionary(StringComparer.Ordinal);
    }

    private static EngineHarness Rejected()
    {
        var chat = new EngineHarness();
        chat.Lookups.Rejected = new RejectedDraft("BPU-BBBB-22", "Data ahli waris tidak lengkap.", Answers(), ["ahli_waris_nama", "ahli_waris_hubungan"]);
        return chat;
    }

    [Theory]
    [InlineData("daftar")]
    [InlineData("saya mau daftar")]
    [InlineData("menu|1")]
    public void Handle_AsksWhomItIsFor_WhenRegistrationStartsAfterRejection(string typed)
    {
        var chat = Rejected();

        chat.SayAll(typed.Split('|'));

        Assert.False(chat.State.InFlow);
        var question = chat.LastReplies[^1];
        Assert.Contains("Pendaftaran Siti Aminah (BPU-BBBB-22) belum disetujui", question.Text, StringComparison.Ordinal);
        Assert.Equal([(RegistrationFor.OwnChoice, "Perbaiki pendaftaran"), (RegistrationFor.SomeoneElseChoice, "Daftarkan orang lain")], question.Choices.Select(c => (c.Id, c.Label)));
        Assert.All(question.Choices, c => Assert.True(c.Label.Length <= 20, c.Label)); // a WhatsApp reply button
        Assert.Empty(chat.Effects);
    }

    [Theory]
    [InlineData("#" + RegistrationFor.OwnChoice)]
    [InlineData("1")]
    [InlineData("perbaiki")]
    [InlineData("saya sendiri")]
    public void Handle_BringsBackTheRejectedAnswers_WhenItIsTheirOwn(string answer)
    {
        var chat = Rejected();
        chat.Say("daftar");

        Answer(chat, answer);
        var corrected = chat.LastText;
        chat.Say("ya");

        Assert.Contains("Pendaftaran BPU-BBBB-22 belum disetujui. Alasan: Data ahli waris tidak lengkap.", corrected, StringComparison.Ordinal);
        Assert.Equal("ahli_waris_nama", chat.State.StepId);
        Assert.Equal(Registrations.Nik, chat.State.Slots["nik"]);
        Assert.False(RegistrationFor.IsSomeoneElse(chat.State));
    }

    [Theory]
    [InlineData("#" + RegistrationFor.SomeoneElseChoice)]
    [InlineData("2")]
    [InlineData("orang lain")]
    [InlineData("istri")]
    public void Handle_StartsEmptyForSomeoneElse_AndSubmitsItAsSuch(string answer)
    {
        var chat = Rejected();
        chat.Say("daftar");

        Answer(chat, answer);
        var started = chat.LastText;
        chat.SayAll(Registrations.UpToSummary[1..]);
        chat.Say("kirim");

        Assert.Contains("Baik, kita daftarkan orang lain", started, StringComparison.Ordinal);
        Assert.Contains("Pendaftaran BPU-BBBB-22 tidak berubah", started, StringComparison.Ordinal);
        Assert.DoesNotContain("Alasan:", started, StringComparison.Ordinal);
        var submit = Assert.Single(chat.Effects.OfType<SubmitSignUpEffect>());
        Assert.True(submit.ForSomeoneElse);
        Assert.Equal("Siti Aminah", submit.Answers["nama"]);
        Assert.False(RegistrationFor.IsSomeoneElse(chat.State)); // the next "daftar" asks again
    }

    [Fact]
    public void Handle_StaysForSomeoneElse_WhenUlangTypedInIt()
    {
        var chat = Rejected();
        chat.SayAll("daftar", "2", "ya", Registrations.Nik);

        chat.Say("ulang");

        Assert.Equal("persetujuan", chat.State.StepId);
        Assert.False(chat.State.Slots.ContainsKey("nik"));
        Assert.True(RegistrationFor.IsSomeoneElse(chat.State));
    }

    [Fact]
    public void Handle_CorrectsWithoutAsking_WhenStatusButtonPerbaikiPressed()
    {
        var chat = Rejected();
        chat.Lookups.Latest = new ExistingSignUp("BPU-BBBB-22", SignUpStatus.Rejected, chat.Now, null, "Data ahli waris tidak lengkap.");
        chat.Say("status");
        Assert.Contains(chat.LastReplies[^1].Choices, c => c.Id == RegistrationFor.OwnChoice && c.Label == "Perbaiki & kirim ulang");

        chat.Press(RegistrationFor.OwnChoice);

        Assert.Contains("Alasan: Data ahli waris tidak lengkap.", chat.LastText, StringComparison.Ordinal);
        Assert.Equal("persetujuan", chat.State.StepId);
    }

    [Fact]
    public void Handle_StartsAsBefore_WhenNothingWasRejected()
    {
        var chat = new EngineHarness();

        chat.Say("daftar");

        Assert.Equal("persetujuan", chat.State.StepId);
        Assert.DoesNotContain(chat.LastReplies.SelectMany(r => r.Choices), c => c.Id == RegistrationFor.SomeoneElseChoice);
        Assert.Equal(SignUpStatusText.SignUpAgainChoice, EngineServices.SignUpAgainChoice);
    }

    private static void Answer(EngineHarness chat, string answer)
    {
        if (answer.StartsWith('#'))
        {
            chat.Press(answer[1..]);
        }
        else
        {
            chat.Say(answer);
        }
    }
}
