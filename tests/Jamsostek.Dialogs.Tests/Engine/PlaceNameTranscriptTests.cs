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
}
