using Jamsostek.Bpu;
using Jamsostek.Dialogs.Engine;

namespace Jamsostek.Dialogs.Tests.Engine;

public sealed class AgeRefusalTranscriptTests
{
    [Fact]
    public void Handle_TellsDayToRegister_WhenUnderMinimumAge()
    {
        var chat = new EngineHarness(); // today 23 November 2026; born 20 December 2011

        chat.SayAll("daftar", "ya", "6306052012110001");

        Assert.False(chat.State.InFlow);
        Assert.Contains("mulai usia 15 tahun", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("usia Anda saat ini 14 tahun", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("Anda bisa mendaftar mulai 20 Desember 2026.", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("tidak kami simpan", chat.LastText, StringComparison.Ordinal);
        Assert.IsType<DraftDiscardedEffect>(Assert.Single(chat.Effects));
    }

    [Fact]
    public void Handle_UsesMinAgeSetting_WhenOperatorRaisesIt()
    {
        var engine = DialogEngineFactory.Create(RepoPaths.Dialogs, new EligibilityOptions { MinAge = 18 });
        var chat = new EngineHarness(engine);

        chat.SayAll("daftar", "ya", "6306052012110001");

        Assert.Contains("mulai usia 18 tahun", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("Anda bisa mendaftar mulai 20 Desember 2029.", chat.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_NamesOfficialChannelsOnce_WhenOverAgeLimit()
    {
        var chat = new EngineHarness();

        chat.SayAll("daftar", "ya", "6306051708500001");

        var text = chat.LastText;
        Assert.Contains("sampai usia 65 tahun", text, StringComparison.Ordinal);
        Assert.Contains("usia Anda saat ini 76 tahun", text, StringComparison.Ordinal);
        Assert.Equal(1, Occurrences(text, "175"));
        Assert.Equal(1, Occurrences(text, "kantor cabang"));
        Assert.Contains("tidak kami simpan", text, StringComparison.Ordinal);
    }

    private static int Occurrences(string text, string part) => text.Split(part).Length - 1;
}
