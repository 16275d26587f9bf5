using Jamsostek.Bpu;
using Jamsostek.Dialogs.Engine;

namespace Jamsostek.Dialogs.Tests.Engine;

/// <summary>
/// A worker a sponsor pays for is told who pays which programme: under a JKK+JKM programme the JHT they add is
/// theirs, at 2% of the income bracket (Rp2.600.000 for 2,5 juta: Rp52.000/bulan), with how to pay it; under a
/// JKK+JKM+JHT programme nothing is theirs to pay.
/// </summary>
public sealed class SponsoredJhtTranscriptTests
{
    private const string Sponsor = "Pemkab HSS 2026";

    private static EngineHarness Chat(IReadOnlyList<BpuProgram> pays)
    {
        var chat = new EngineHarness();
        chat.Lookups.Sponsors["hss2026"] = Sponsor;
        chat.Lookups.SponsorPays["hss2026"] = pays;
        chat.State = ConversationState.Empty with { Source = "hss2026" };
        return chat;
    }

    // Registrations.UpToSummary with the programme answer ("1": JKK + JKM, "2": with JHT) given.
    private static string[] Lines(string program)
    {
        string[] lines = [.. Registrations.UpToSummary];
        lines[13] = program;
        return lines;
    }

    public static TheoryData<string, string, string> ProgrammeSteps => new()
    {
        { "JKK,JKM", $"{Sponsor} membayar iuran JKK dan JKM Anda. Bila Anda menambah JHT, iuran JHT Rp52.000/bulan Anda bayar sendiri.", "JKK + JKM + JHT: Anda bayar JHT Rp52.000/bulan" },
        { "JKK,JKM,JHT", $"Iuran Anda dibayar oleh {Sponsor}; Anda tidak perlu membayar sendiri.", $"JKK + JKM + JHT: dibayar {Sponsor}" },
    };

    [Theory]
    [MemberData(nameof(ProgrammeSteps))]
    public void Handle_SaysWhoPaysWhichProgramme_AtTheProgrammeStep(string sponsorPays, string said, string jhtLabel)
    {
        var chat = Chat(BpuPrograms.FromAnswer(sponsorPays));

        chat.SayAll(Lines("2")[..13]);

        Assert.Contains(said, chat.LastText, StringComparison.Ordinal);
        Assert.Equal([$"JKK + JKM: dibayar {Sponsor}", jhtLabel], chat.LastReplies[^1].Choices.Select(c => c.Label));
    }

    [Fact]
    public void Handle_QuotesOnlyTheJht_WhenWorkerAddsJhtUnderJkkJkmProgramme()
    {
        var chat = Chat(BpuPrograms.Basic);

        chat.SayAll(Lines("2")[..14]);
        var periodStep = chat.LastText;
        chat.SayAll(Lines("2")[14..]);
        var summary = chat.LastText;
        chat.Say("1");

        Assert.Contains($"Iuran Anda untuk JKK dan JKM dibayar oleh {Sponsor}; iuran JHT Rp52.000 sebulan Anda bayar sendiri.", periodStep, StringComparison.Ordinal);
        Assert.Contains($"• Iuran: JKK dan JKM dibayar oleh {Sponsor}. Iuran JHT Anda bayar sendiri: Rp52.000/bulan, sekali bayar 3 bulan Rp156.000.", summary, StringComparison.Ordinal);
        Assert.Contains("dengan kode bayar atau NIK; jangan ke rekening pribadi", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Rp84.800", summary, StringComparison.Ordinal); // never the sponsor's share
        var submitted = Assert.IsType<SubmitSignUpEffect>(Assert.Single(chat.Effects));
        Assert.Equal("JKK,JKM,JHT", submitted.Answers["program"]);
        Assert.Equal("hss2026", submitted.Source);
    }

    [Fact]
    public void Handle_QuotesNothing_WhenWorkerKeepsJkkJkmUnderJkkJkmProgramme()
    {
        var chat = Chat(BpuPrograms.Basic);

        chat.SayAll(Lines("1")[..14]);
        var periodStep = chat.LastText;
        chat.SayAll(Lines("1")[14..]);

        Assert.Contains($"Iuran Anda dibayar oleh {Sponsor}, bukan oleh Anda.", periodStep, StringComparison.Ordinal);
        Assert.Contains($"• Iuran: dibayar oleh {Sponsor}; Anda tidak membayar", chat.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("bayar sendiri", chat.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_QuotesNothing_WhenProgrammePaysJht()
    {
        var chat = Chat(BpuPrograms.WithJht);

        chat.SayAll(Lines("2"));

        Assert.Contains($"• Iuran: dibayar oleh {Sponsor}; Anda tidak membayar", chat.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("Rp52.000", chat.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("bayar sendiri", chat.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_OffersDeclineButtonOfItsOwn_AtConsentStep()
    {
        var chat = Chat(BpuPrograms.Basic);

        chat.Say("daftar");

        Assert.Equal(["Ya, setuju", "Tidak, terima kasih"], chat.LastReplies[^1].Choices.Select(c => c.Label));
    }
}
