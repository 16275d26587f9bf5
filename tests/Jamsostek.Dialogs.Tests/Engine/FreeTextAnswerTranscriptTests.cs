namespace Jamsostek.Dialogs.Tests.Engine;

/// <summary>Names, addresses and heirs typed the way workers type them (issue 17): non-answers refused, lead-ins dropped.</summary>
public sealed class FreeTextAnswerTranscriptTests
{
    private static readonly string[] UpToAddress = Registrations.UpToSummary[..9];
    private static readonly string[] UpToHeir = Registrations.UpToSummary[..15];

    [Theory]
    [InlineData("status")]
    [InlineData("sesuai ktp")]
    [InlineData("tdk tau")]
    [InlineData("terima kasih")]
    [InlineData("0812 3456 7890")]
    public void Handle_RefusesWithExample_WhenAddressIsNoAddress(string typed)
    {
        var chat = new EngineHarness();
        chat.SayAll(UpToAddress);

        chat.Say(typed);

        Assert.Equal("alamat", chat.State.StepId);
        Assert.False(chat.State.Slots.ContainsKey("alamat"));
        Assert.Contains("Contoh: Jl. Merdeka No. 5 RT 02 RW 01", chat.LastText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("alamat saya di jl. cempaka no 3 rt 2", "jl. cempaka no 3 rt 2")]
    [InlineData("almt sy: gg. mawar rt 04", "gg. mawar rt 04")]
    [InlineData("Jl. Merdeka No. 5 RT 02 RW 01", "Jl. Merdeka No. 5 RT 02 RW 01")]
    public void Handle_DropsLeadIn_WhenAddressStartsWithOne(string typed, string stored)
    {
        var chat = new EngineHarness();
        chat.SayAll(UpToAddress);

        chat.Say(typed);

        Assert.Equal(stored, chat.State.Slots["alamat"]);
    }

    [Theory]
    [InlineData("nama sy siti aminah", "siti aminah")]
    [InlineData("Nama saya: Siti Aminah", "Siti Aminah")]
    [InlineData("namaku rahmat", "rahmat")]
    [InlineData("Namira Putri", "Namira Putri")]
    public void Handle_DropsLeadIn_WhenNameStartsWithOne(string typed, string stored)
    {
        var chat = new EngineHarness();
        chat.SayAll(Registrations.UpToNik);

        chat.Say(typed);

        Assert.Equal(stored, chat.State.Slots["nama"]);
    }

    [Fact]
    public void Handle_RefusesOneLowerCaseLetter_WhenName()
    {
        var chat = new EngineHarness();
        chat.SayAll(Registrations.UpToNik);

        chat.Say("s");

        Assert.Equal("nama", chat.State.StepId);
        Assert.Contains("terlalu pendek", chat.LastText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("suami")]
    [InlineData("anak sy")]
    [InlineData("istri saya")]
    [InlineData("ortu")]
    public void Handle_RefusesKinshipWithExample_WhenHeirName(string typed)
    {
        var chat = new EngineHarness();
        chat.SayAll(UpToHeir);

        chat.Say(typed);

        Assert.Equal("ahli_waris_nama", chat.State.StepId);
        Assert.False(chat.State.Slots.ContainsKey("ahli_waris_nama"));
        Assert.Contains("bukan nama", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("contoh: AHMAD FAUZI", chat.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("Apa hubungan", chat.LastText, StringComparison.Ordinal);
    }
}
