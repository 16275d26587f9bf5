namespace Jamsostek.Dialogs.Tests.Engine;

public sealed class PlaceNameTranscriptTests
{
    // Up to (not including) the kecamatan answer: daftar … kabupaten "ya".
    private static readonly string[] UpToDistrict = Registrations.UpToSummary[..7];

    [Theory]
    [InlineData("Bambang")]
    [InlineData("bambn")]
    public void Handle_AsksToConfirm_WhenVillageMistyped(string typed)
    {
        var chat = new EngineHarness();
        chat.SayAll([.. UpToDistrict, "Angkinang"]);
        Assert.Equal("desa", chat.State.StepId);

        chat.Say(typed);

        Assert.Equal("desa", chat.State.StepId);
        Assert.False(chat.State.Slots.ContainsKey("desa"));
        Assert.Contains("Bamban", chat.LastReplies[^1].Choices.Select(c => c.Label));

        chat.Say("1");
        Assert.Equal("alamat", chat.State.StepId);
    }

    [Theory]
    [InlineData("Bamban")]
    [InlineData("BAMBAN")]
    [InlineData("desa bamban")]
    public void Handle_TakesVillage_WhenNameExact(string typed)
    {
        var chat = new EngineHarness();
        chat.SayAll([.. UpToDistrict, "Angkinang"]);

        chat.Say(typed);

        Assert.Equal("alamat", chat.State.StepId);
    }

    [Fact]
    public void Handle_AsksToConfirm_WhenDistrictMistyped()
    {
        var chat = new EngineHarness();
        chat.SayAll(UpToDistrict);
        Assert.Equal("kecamatan", chat.State.StepId);

        chat.Say("kandangn");

        Assert.Equal("kecamatan", chat.State.StepId);
        Assert.Equal("Kandangan", chat.LastReplies[^1].Choices[0].Label);
    }

    // A worker who keeps typing the same near miss: at the third try the suggestion must still be the
    // numbered list, else "1" picks Angkinang, the first district of the whole list.
    [Fact]
    public void Handle_KeepsSuggestion_WhenDistrictMistypedThreeTimes()
    {
        var chat = new EngineHarness();
        chat.SayAll(UpToDistrict);

        chat.SayAll("kndangan", "kndangan", "kndangan");

        Assert.Equal(3, chat.State.Attempts);
        Assert.Contains("ketik *bantuan*, atau *batal*", chat.LastText, StringComparison.Ordinal);
        Assert.Equal(["Kandangan"], chat.LastReplies[^1].Choices.Select(c => c.Label));

        chat.Say("1");

        Assert.Equal("desa", chat.State.StepId);
        Assert.Equal("63.06.05", chat.State.Slots["kecamatan"]);
    }
}
