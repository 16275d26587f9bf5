namespace Jamsostek.Dialogs.Tests.Engine;

public sealed class NameInputTranscriptTests
{
    [Theory]
    [InlineData("Siti Aminah")]
    [InlineData("I Gusti Ngurah Rai")]
    [InlineData("Muh. Ali")]
    [InlineData("Nur'aini")]
    [InlineData("Ni Luh Putu Ayu")]
    [InlineData("O")]
    [InlineData("Yohanes Pr.")]
    [InlineData("SITI AMINAH")]
    [InlineData("Abd. Rahman Hakim, S.Pd.")]
    [InlineData("Mulan")]
    [InlineData("Sri Wahyuni")]
    [InlineData("Andi Muh. Syahrir")]
    [InlineData("Christina Schwarz")]
    public void Handle_TakesName_WhenRealName(string name)
    {
        var chat = new EngineHarness();
        chat.SayAll(Registrations.UpToNik);

        chat.Say(name);

        Assert.Equal("tanggal_lahir", chat.State.StepId);
        Assert.Equal(name, chat.State.Slots["nama"]);
    }

    [Theory]
    [InlineData("ya")]
    [InlineData("ok")]
    [InlineData("tidak")]
    [InlineData("tidak tahu")]
    [InlineData("gak tau")]
    [InlineData("asdfghjkl")]
    [InlineData("qwerty")]
    [InlineData("bcdfg")]
    [InlineData("xxxx")]
    [InlineData("Siti 123")]
    [InlineData("...")]
    public void Handle_ExplainsAndAsksAgain_WhenNotAName(string typed)
    {
        var chat = new EngineHarness();
        chat.SayAll(Registrations.UpToNik);

        chat.Say(typed);

        Assert.Equal("nama", chat.State.StepId);
        Assert.False(chat.State.Slots.ContainsKey("nama"));
        Assert.Contains("Ketik nama lengkap Anda", chat.LastText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ya")]
    [InlineData("asdfghjkl")]
    public void Handle_AsksAgain_WhenHeirNameIsNotAName(string typed)
    {
        var chat = new EngineHarness();
        chat.SayAll(Registrations.UpToSummary[..15]);
        Assert.Equal("ahli_waris_nama", chat.State.StepId);

        chat.Say(typed);

        Assert.Equal("ahli_waris_nama", chat.State.StepId);
    }
}
