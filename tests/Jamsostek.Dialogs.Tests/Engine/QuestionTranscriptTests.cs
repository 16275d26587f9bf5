using Jamsostek.Dialogs.Engine;

namespace Jamsostek.Dialogs.Tests.Engine;

/// <summary>Benefit questions in chat: outside a flow, in the middle of one, and the actions behind topics.</summary>
public sealed class QuestionTranscriptTests
{
    [Fact]
    public void Handle_AnswersFromKnowledgeBase_WhenQuestionTypedOutsideFlow()
    {
        var chat = new EngineHarness();

        chat.Say("klo kecelakaan pas narik ojek ditanggung ga");

        Assert.Contains("JKK", chat.LastText, StringComparison.Ordinal);
        Assert.False(chat.State.InFlow);
    }

    [Fact]
    public void Handle_QuotesContributionForIncome_WhenAmountInQuestion()
    {
        var chat = new EngineHarness();

        chat.Say("iuran kalau penghasilan 3 juta?");

        // Rp3 juta → base Rp2.950.000: JKK 29.500 + JKM 6.800 halved in 2026 (PP 50/2025) = 18.150; JHT 59.000.
        Assert.Contains("Rp2.950.000", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("Rp18.150", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("Rp77.150", chat.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_OffersClosestTopicsAndPerson_WhenNotSure()
    {
        var chat = new EngineHarness();

        chat.Say("harga cabe di pasar brp");

        Assert.Contains("belum yakin", chat.LastText, StringComparison.Ordinal);
        var choices = chat.LastReplies[^1].Choices;
        Assert.InRange(choices.Count, 2, 4);
        Assert.Equal("petugas", choices[^1].Id);

        chat.Say(choices.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.IsType<HandoffRequestedEffect>(Assert.Single(chat.Effects));
    }

    [Fact]
    public void Handle_AnswersThenAsksSameStepAgain_WhenQuestionTypedMidFlow()
    {
        var chat = new EngineHarness();
        chat.SayAll("daftar", "ya");

        chat.Say("berapa iurannya sebulan?");

        Assert.Equal("nik", chat.State.StepId);
        Assert.Equal(0, chat.State.Attempts);
        Assert.Contains("Rp16.800", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("Ketik NIK", chat.LastReplies[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_DoesNotTakeCommandAsName_WhenDeleteRequestedAtNameStep()
    {
        var chat = new EngineHarness();
        chat.SayAll(Registrations.UpToNik);

        chat.Say("hapus data saya");

        Assert.Equal("nama", chat.State.StepId);
        Assert.False(chat.State.Slots.ContainsKey("nama"));
        Assert.Contains(chat.LastReplies, r => r.Choices.Any(c => c.Id == "hapus-data:ya"));
    }

    [Fact]
    public void Handle_ErasesAfterConfirmation_WhenDeleteRequested()
    {
        var chat = new EngineHarness();

        chat.Say("hapus data saya");
        Assert.Empty(chat.Effects);
        chat.Say("1");

        Assert.IsType<DeletePersonalDataEffect>(Assert.Single(chat.Effects));
    }

    [Theory]
    [InlineData("ya", true)]
    [InlineData("iya", true)]
    [InlineData("gak jadi", false)]
    [InlineData("tidak", false)]
    public void Handle_ReadsTypedAnswer_WhenDeleteConfirmationAskedWithButtons(string typed, bool erased)
    {
        var chat = new EngineHarness();
        chat.Say("hapus data saya");

        chat.Say(typed);

        Assert.Equal(erased, chat.Effects.OfType<DeletePersonalDataEffect>().Any());
        Assert.Contains(erased ? "sudah kami hapus" : "tidak dihapus", chat.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_TellsOwnStatus_WhenStatusAsked()
    {
        var chat = new EngineHarness();
        chat.Lookups.Latest = new ExistingSignUp("BPU-7K3Q-2M", SignUpStatus.Approved, chat.Now.AddDays(-3), "12345678901", null);

        chat.Say("status pendaftaran saya gmn");

        Assert.Contains("BPU-7K3Q-2M", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("12345678901", chat.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_ReadsAnswerNotQuestion_WhenLoneWordMatchesTopic()
    {
        var chat = new EngineHarness();
        chat.SayAll(Registrations.UpToSummary[..11]);
        Assert.Equal("pekerjaan", chat.State.StepId);

        chat.Say("petani");

        Assert.Equal("penghasilan", chat.State.StepId);
        Assert.Equal("petani", chat.State.Slots["pekerjaan"]);
    }
}
