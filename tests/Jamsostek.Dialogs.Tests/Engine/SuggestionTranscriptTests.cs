namespace Jamsostek.Dialogs.Tests.Engine;

public sealed class SuggestionTranscriptTests
{
    [Theory]
    [InlineData("dokter")]
    [InlineData("guru ngaji")]
    [InlineData("programmer")]
    public void Handle_OffersOther_WhenOccupationNotInList(string typed)
    {
        var chat = new EngineHarness();
        chat.SayAll(Registrations.UpToSummary[..11]);

        chat.Say(typed);

        var offered = chat.LastReplies[^1].Choices.Select(c => c.Id).ToList();
        Assert.Contains("lainnya", offered);
        Assert.DoesNotContain("sopir", offered);
    }

    [Theory]
    [InlineData("teman", "orang_tua")]
    [InlineData("tetangga", "orang_tua")]
    public void Handle_DoesNotOfferFarMatch_WhenRelationshipNotInList(string typed, string misleading)
    {
        var chat = new EngineHarness();
        chat.SayAll(Registrations.UpToSummary[..16]);
        Assert.Equal("ahli_waris_hubungan", chat.State.StepId);

        chat.Say(typed);

        var offered = chat.LastReplies[^1].Choices.Select(c => c.Id).ToList();
        Assert.DoesNotContain(misleading, offered);
        Assert.Contains("lainnya", offered);
    }

    [Fact]
    public void Handle_StillSuggestsCloseTypo_WhenOccupationMisspelt()
    {
        var chat = new EngineHarness();
        chat.SayAll(Registrations.UpToSummary[..11]);

        chat.Say("nelayan");

        Assert.Equal("penghasilan", chat.State.StepId);
    }
}
