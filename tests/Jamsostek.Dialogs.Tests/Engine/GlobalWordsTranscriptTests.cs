using Jamsostek.Dialogs.Engine;

namespace Jamsostek.Dialogs.Tests.Engine;

public sealed class GlobalWordsTranscriptTests
{
    [Theory]
    [InlineData("batal")]
    [InlineData("Batal")]
    [InlineData("/batal")]
    [InlineData("batalkan")]
    public void Handle_DropsEverything_WhenCancelTyped(string word)
    {
        var chat = new EngineHarness();
        chat.SayAll("daftar", "ya", Registrations.Nik, "Siti Aminah");

        chat.Say(word);

        Assert.False(chat.State.InFlow);
        Assert.Empty(chat.State.Slots);
        Assert.IsType<DraftDiscardedEffect>(Assert.Single(chat.Effects));
        Assert.Contains("dibatalkan", chat.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_AsksPreviousStepKeepingAnswers_WhenBackTyped()
    {
        var chat = new EngineHarness();
        chat.SayAll("daftar", "ya", Registrations.Nik, "Siti Aminah");
        Assert.Equal("tanggal_lahir", chat.State.StepId);

        chat.Say("kembali");

        Assert.Equal("nama", chat.State.StepId);
        Assert.Contains("Siti Aminah", chat.LastText, StringComparison.Ordinal);
        Assert.Equal(Registrations.Nik, chat.State.Slots["nik"]);

        chat.Say("Siti Aminah Binti Umar");
        Assert.Equal("tanggal_lahir", chat.State.StepId);
        Assert.Equal("Siti Aminah Binti Umar", chat.State.Slots["nama"]);
    }

    [Fact]
    public void Handle_SaysFirstStep_WhenBackTypedAtFirstStep()
    {
        var chat = new EngineHarness();
        chat.Say("daftar");

        chat.Say("kembali");

        Assert.Equal("persetujuan", chat.State.StepId);
        Assert.Contains("langkah pertama", chat.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_StartsOverWithNoAnswers_WhenRestartTyped()
    {
        var chat = new EngineHarness();
        chat.SayAll("daftar", "ya", Registrations.Nik);

        chat.Say("ulang");

        Assert.Equal("persetujuan", chat.State.StepId);
        Assert.Empty(chat.State.Slots);
    }

    [Fact]
    public void Handle_OffersToContinue_WhenMenuTypedMidFlow()
    {
        var chat = new EngineHarness();
        chat.SayAll("daftar", "ya", Registrations.Nik);

        chat.Say("menu");
        Assert.Equal("nama", chat.State.StepId);
        Assert.Contains("tetap tersimpan", chat.LastText, StringComparison.Ordinal);

        chat.Say("1");
        Assert.Equal("nama", chat.State.StepId);
        Assert.Contains("Nama lengkap", chat.LastText, StringComparison.Ordinal);
        Assert.Equal(Registrations.Nik, chat.State.Slots["nik"]);
    }

    [Fact]
    public void Handle_ExplainsAndAsksSameStep_WhenHelpTyped()
    {
        var chat = new EngineHarness();
        chat.SayAll("daftar", "ya");

        chat.Say("bantuan");

        Assert.Equal("nik", chat.State.StepId);
        Assert.Contains("Kartu Keluarga", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("Ketik NIK", chat.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_StopsReminders_WhenStopTyped()
    {
        var chat = new EngineHarness();
        chat.SayAll("daftar", "ya");

        chat.Say("berhenti");

        Assert.IsType<StopRemindersEffect>(Assert.Single(chat.Effects));
        Assert.Equal("nik", chat.State.StepId);
    }

    [Fact]
    public void Handle_QuotesClaimPauseSetting_WhenWorkerSaysSudahBayar()
    {
        var chat = new EngineHarness();
        chat.Lookups.ReminderSettings = new ReminderSettingsView(ClaimPauseDays: 10, WindowStartHour: 8, WindowEndHour: 20);

        chat.Say("sudah bayar");

        Assert.IsType<ClaimPaymentEffect>(Assert.Single(chat.Effects));
        Assert.Contains("paling lama 10 hari", chat.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("{", chat.LastText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("berhenti", "ketik *mulai pengingat*")]
    [InlineData("mulai pengingat", "antara pukul 07.00 dan 19.00 waktu setempat")]
    public void Handle_SpeaksMenuText_WhenWorkerUsesReminderWord(string word, string expected)
    {
        var chat = new EngineHarness();
        chat.Lookups.ReminderSettings = new ReminderSettingsView(ClaimPauseDays: 7, WindowStartHour: 7, WindowEndHour: 19);

        chat.Say(word);

        Assert.Contains(expected, chat.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("{", chat.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_ShowsMenu_WhenStartCommandArrives()
    {
        var chat = new EngineHarness();

        chat.Send(new InboundInput(InputKind.Start, Text: "/start", StartPayload: "hss2026"));

        Assert.Equal("menu", chat.State.FlowId);
        Assert.Equal("hss2026", chat.State.Source);
        Assert.Equal(3, chat.LastReplies[^1].Choices.Count);
    }

    [Theory]
    [InlineData("daftar")]
    [InlineData("Daftar")]
    [InlineData("dafar")]
    [InlineData("daftr")]
    [InlineData("mau daftar")]
    [InlineData("registrasi")]
    public void Handle_StartsRegistration_WhenTriggerTyped(string text)
    {
        var chat = new EngineHarness();

        chat.Say(text);

        Assert.Equal("registrasi-bpu", chat.State.FlowId);
        Assert.Equal("persetujuan", chat.State.StepId);
    }

    [Fact]
    public void Handle_AnswersPolitely_WhenStickerArrivesMidFlow()
    {
        var chat = new EngineHarness();
        chat.SayAll("daftar", "ya");

        chat.Send(new InboundInput(InputKind.Sticker));

        Assert.Equal("nik", chat.State.StepId);
        Assert.Contains("hanya bisa membaca pesan teks", chat.LastText, StringComparison.Ordinal);
    }
}
