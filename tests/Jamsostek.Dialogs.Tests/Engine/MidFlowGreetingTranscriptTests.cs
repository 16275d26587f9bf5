using Jamsostek.Dialogs.Engine;

namespace Jamsostek.Dialogs.Tests.Engine;

public sealed class MidFlowGreetingTranscriptTests
{
    [Theory]
    [InlineData("halo")]
    [InlineData("/start")]
    [InlineData("selamat pagi")]
    [InlineData("mulai")]
    [InlineData("assalamualaikum")]
    [InlineData("menu")]
    public void Handle_KeepsAnswersAndOffersToContinue_WhenGreetingTypedAtNameStep(string greeting)
    {
        var chat = new EngineHarness();
        chat.SayAll(Registrations.UpToNik);
        Assert.Equal("nama", chat.State.StepId);

        chat.Say(greeting);

        Assert.Equal("registrasi-bpu", chat.State.FlowId);
        Assert.Equal("nama", chat.State.StepId);
        Assert.Equal(Registrations.Nik, chat.State.Slots["nik"]);
        Assert.Contains("Anda sedang mengisi pendaftaran, langkah 3 dari", chat.LastText, StringComparison.Ordinal);
        Assert.Equal(["lanjut", "ulang", "batal"], chat.LastReplies[^1].Choices.Select(c => c.Id));

        chat.Say("1");
        Assert.Equal("nama", chat.State.StepId);
        Assert.Equal(Registrations.Nik, chat.State.Slots["nik"]);
    }

    [Fact]
    public void Handle_KeepsAnswers_WhenStartCommandSentMidFlow()
    {
        var chat = new EngineHarness();
        chat.SayAll(Registrations.UpToNik);

        chat.Send(new InboundInput(InputKind.Start, Text: "/start"));

        Assert.Equal("nama", chat.State.StepId);
        Assert.Equal(Registrations.Nik, chat.State.Slots["nik"]);
        Assert.Contains("langkah 3 dari", chat.LastText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Mulan")]
    [InlineData("Hala")]
    [InlineData("Dafa")]
    public void Handle_TakesNameNotTriggerTypo_WhenNameResemblesTrigger(string name)
    {
        var chat = new EngineHarness();
        chat.SayAll(Registrations.UpToNik);

        chat.Say(name);

        Assert.Equal("tanggal_lahir", chat.State.StepId);
        Assert.Equal(name, chat.State.Slots["nama"]);
    }

    [Fact]
    public void Handle_ContinuesSameStep_WhenRegistrationTriggerTypedMidFlow()
    {
        var chat = new EngineHarness();
        chat.SayAll(Registrations.UpToNik);

        chat.Say("daftar");

        Assert.Equal("nama", chat.State.StepId);
        Assert.Equal(Registrations.Nik, chat.State.Slots["nik"]);
        Assert.Contains("Kita lanjutkan", chat.LastText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/start")]
    [InlineData("halo")]
    public void Handle_ShowsMenuWithoutInProgressText_WhenGreetingTypedAtMenu(string greeting)
    {
        var chat = new EngineHarness();
        chat.Say("/start");
        Assert.Equal("menu", chat.State.FlowId);

        chat.Say(greeting);

        Assert.Equal("menu", chat.State.FlowId);
        Assert.DoesNotContain("sedang mengisi", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("Apa yang ingin Anda lakukan?", chat.LastText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mau daftar bpjs")]
    [InlineData("saya mau mendaftar")]
    [InlineData("dftr")]
    [InlineData("regis")]
    [InlineData("halo, saya mau daftar")]
    [InlineData("dafar")]
    public void Handle_StartsRegistration_WhenTriggerPhraseTypedOutsideFlow(string text)
    {
        var chat = new EngineHarness();

        chat.Say(text);

        Assert.Equal("registrasi-bpu", chat.State.FlowId);
        Assert.Equal("persetujuan", chat.State.StepId);
    }

    [Fact]
    public void Handle_AnswersQuestion_WhenQuestionMentionsTriggerOutsideFlow()
    {
        var chat = new EngineHarness();

        chat.Say("bagaimana cara daftar?");

        Assert.NotEqual("registrasi-bpu", chat.State.FlowId);
    }
}
