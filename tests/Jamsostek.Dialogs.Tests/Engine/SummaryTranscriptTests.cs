using Jamsostek.Dialogs.Text;

namespace Jamsostek.Dialogs.Tests.Engine;

public sealed class SummaryTranscriptTests
{
    [Theory]
    [InlineData("1", "• Program: JKK + JKM\n")]
    [InlineData("2", "• Program: JKK + JKM + JHT\n")]
    public void Handle_ShowsProgrammeWithoutPrice_WhenSummaryAsked(string programme, string line)
    {
        var chat = new EngineHarness();
        var answers = (string[])Registrations.UpToSummary.Clone();
        answers[13] = programme;

        chat.SayAll(answers);

        Assert.Equal("konfirmasi", chat.State.StepId);
        Assert.Contains(line, chat.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("Program: JKK + JKM: Rp", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("• Iuran: Rp", chat.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_KeepsPriceOnProgrammeButtons_WhenProgrammeAsked()
    {
        var chat = new EngineHarness();

        chat.SayAll(Registrations.UpToSummary[..13]);

        Assert.All(chat.LastReplies[^1].Choices, c => Assert.Contains("/bulan", c.Label, StringComparison.Ordinal));
    }

    [Fact]
    public void Handle_EscapesTypedAsterisks_WhenAddressShownInSummary()
    {
        var chat = new EngineHarness();
        var answers = (string[])Registrations.UpToSummary.Clone();
        answers[9] = "Jl. Merdeka *No* 5 RT 02";

        chat.SayAll(answers);

        Assert.Equal("Jl. Merdeka *No* 5 RT 02", chat.State.Slots["alamat"]);
        Assert.Contains("• Alamat: Jl. Merdeka \\*No\\* 5 RT 02", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("• Alamat: Jl. Merdeka *No* 5 RT 02", EmphasisMarkers.ToPlainText(chat.LastText), StringComparison.Ordinal);
    }
}
