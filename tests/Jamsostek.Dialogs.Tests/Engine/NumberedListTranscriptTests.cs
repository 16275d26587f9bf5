namespace Jamsostek.Dialogs.Tests.Engine;

/// <summary>
/// On a plain-text channel the person answers by number, so at most one numbered list may be open at a
/// time and it must be the one the question is about.
/// </summary>
public sealed class NumberedListTranscriptTests
{
    // Up to (not including) the kecamatan answer.
    private static readonly string[] UpToDistrict = Registrations.UpToSummary[..7];

    [Fact]
    public void Handle_DropsAnswerFollowUps_WhenQuestionAnsweredMidFlow()
    {
        var chat = new EngineHarness();
        chat.SayAll(UpToDistrict);

        chat.Say("apa saja program bpu?");

        Assert.Equal("kecamatan", chat.State.StepId);
        Assert.True(chat.LastReplies.Count >= 2);
        Assert.All(chat.LastReplies.SkipLast(1), r => Assert.Empty(r.Choices));
        Assert.Contains("Angkinang", chat.LastReplies[^1].Choices.Select(c => c.Label));

        chat.Say("1");

        Assert.Equal("63.06.04", chat.State.Slots["kecamatan"]);
    }

    [Fact]
    public void Handle_AsksForRegencyName_WhenNikRegencyDenied()
    {
        var chat = new EngineHarness();
        chat.SayAll(Registrations.UpToSummary[..6]);
        Assert.Equal("kabupaten", chat.State.StepId);

        chat.Say("tidak");

        Assert.Equal("kabupaten", chat.State.StepId);
        Assert.Equal(0, chat.State.Attempts);
        var reply = Assert.Single(chat.LastReplies);
        Assert.Empty(reply.Choices);
        Assert.StartsWith("Baik. Ketik nama kabupaten atau kota tempat Anda tinggal sekarang", reply.Text, StringComparison.Ordinal);

        chat.Say("kapuas hulu");

        Assert.Equal("kecamatan", chat.State.StepId);
        Assert.Equal("61.06", chat.State.Slots["kabupaten"]);
    }
}
