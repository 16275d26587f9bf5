using Jamsostek.Dialogs.Engine;

namespace Jamsostek.Dialogs.Tests.Engine;

/// <summary>A worker who came with a sponsor's code is told the sponsor pays, never a price; the stored amount is without the PP 50/2025 relief.</summary>
public sealed class SponsoredQuoteTests
{
    [Theory]
    [InlineData("hss2026", "JKK + JKM: dibayar Pemkab HSS 2026", "84800")]
    [InlineData("iklan-fb", "JKK + JKM: Rp16.400/bulan", "68400")]
    public void Handle_QuotesWithoutRelief_OnlyWhenASponsorPays(string source, string basicLabel, string storedMonthly)
    {
        var chat = new EngineHarness();
        chat.Lookups.Sponsors["hss2026"] = "Pemkab HSS 2026";
        chat.State = ConversationState.Empty with { Source = source };

        chat.SayAll(Registrations.UpToSummary[..13]);
        var labels = chat.LastReplies[^1].Choices.Select(c => c.Label).ToList();
        var sponsored = chat.LastText.Contains("dibayar oleh Pemkab HSS 2026", StringComparison.Ordinal);
        chat.SayAll(Registrations.UpToSummary[13..]);
        chat.Say("1");

        Assert.Contains(basicLabel, labels);
        Assert.Equal(source == "hss2026", sponsored);
        var submitted = Assert.IsType<SubmitSignUpEffect>(Assert.Single(chat.Effects));
        Assert.Equal(storedMonthly, submitted.Answers["iuran_bulanan"]);
        Assert.Equal(source, submitted.Source);
    }
}
