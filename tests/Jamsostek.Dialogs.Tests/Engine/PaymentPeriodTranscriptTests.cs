using Jamsostek.Dialogs.Engine;
using Jamsostek.Dialogs.Parsing;

namespace Jamsostek.Dialogs.Tests.Engine;

public sealed class PaymentPeriodTranscriptTests
{
    // Registrations.UpToSummary up to (not including) the periode_bayar answer.
    private static readonly string[] UpToPeriod = Registrations.UpToSummary[..14];

    [Theory]
    [InlineData("1", "1")]
    [InlineData("3", "3")]
    [InlineData("6", "6")]
    [InlineData("12", "12")]
    [InlineData("3 bulan", "3")]
    [InlineData("tiap 6 bulan", "6")]
    [InlineData("setahun", "12")]
    [InlineData("bulanan", "1")]
    [InlineData("no 12", "12")]
    public void Handle_StoresMonths_WhenPeriodTyped(string typed, string months)
    {
        var chat = new EngineHarness();
        chat.SayAll(UpToPeriod);
        Assert.Equal("periode_bayar", chat.State.StepId);

        chat.Say(typed);

        Assert.Equal(months, chat.State.Slots["periode_bayar"]);
        Assert.Equal("ahli_waris_nama", chat.State.StepId);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("3")]
    [InlineData("6")]
    [InlineData("12")]
    public void Handle_StoresMonths_WhenButtonPressed(string id)
    {
        var chat = new EngineHarness();
        chat.SayAll(UpToPeriod);

        chat.Press(id);

        Assert.Equal(id, chat.State.Slots["periode_bayar"]);
    }

    [Theory]
    [InlineData("2")]
    [InlineData("4")]
    [InlineData("24")]
    public void Handle_AsksAgain_WhenNumberIsNotAPeriod(string typed)
    {
        var chat = new EngineHarness();
        chat.SayAll(UpToPeriod);

        chat.Say(typed);

        Assert.Equal("periode_bayar", chat.State.StepId);
        Assert.False(chat.State.Slots.ContainsKey("periode_bayar"));
        Assert.Contains("1, 3, 6 atau 12", chat.LastText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "1", "3", "6", "12" }, "3", 1)]
    [InlineData(new[] { "1", "3", "6", "12" }, "12", 3)]
    [InlineData(new[] { "1", "3", "6", "12" }, "2", -1)]
    [InlineData(new[] { "petani", "nelayan" }, "2", 1)]
    [InlineData(new[] { "petani", "nelayan" }, "3", -1)]
    [InlineData(new[] { "petani", "nelayan" }, "dua", -1)]
    public void Pick_ReadsIdOrPosition_WhenNumberTyped(string[] ids, string typed, int expected)
    {
        Assert.Equal(expected, ChoiceNumbering.Pick(ids, typed));
    }
}
