using System.Globalization;

namespace Jamsostek.Dialogs.Tests.Engine;

/// <summary>
/// A relief that ends soon: the worker choosing a programme and a period must see what the contribution
/// becomes, not only this month's reduced figure. Income 2,5 juta (base Rp2.600.000), a pedagang
/// (PP 50/2025 for non-transport work: iuran bulan April to Desember 2026).
/// </summary>
public sealed class ReliefEndTranscriptTests
{
    private static EngineHarness At(string now) =>
        new() { Now = DateTimeOffset.Parse(now, CultureInfo.InvariantCulture) };

    [Fact]
    public void Handle_QuotesAmountAfterRelief_WhenProgrammeAskedInReliefsLastMonth()
    {
        var chat = At("2026-12-01T09:00:00+08:00");

        chat.SayAll(Registrations.UpToSummary[..13]);

        Assert.Equal("program", chat.State.StepId);
        Assert.Contains("hanya sampai iuran bulan Desember 2026. Mulai Januari 2027: Rp32.800/bulan, atau Rp84.800/bulan dengan JHT.", chat.LastText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-12-01T09:00:00+08:00", "Iuran Anda Rp68.400 untuk iuran bulan Desember 2026, lalu Rp84.800 sebulan.")]
    [InlineData("2026-11-01T09:00:00+08:00", "Iuran Anda Rp68.400 sebulan sampai iuran bulan Desember 2026, lalu Rp84.800 sebulan.")]
    [InlineData("2027-02-01T09:00:00+08:00", "Iuran Anda Rp84.800 sebulan.")]
    public void Handle_SpellsOutRateChange_WhenPaymentPeriodAsked(string now, string expected)
    {
        var chat = At(now);

        chat.SayAll(Registrations.UpToSummary[..14]);

        Assert.Equal("periode_bayar", chat.State.StepId);
        Assert.Contains(expected, chat.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_SaysNoRelief_WhenNoneApplies()
    {
        var chat = At("2027-02-01T09:00:00+08:00");

        chat.SayAll(Registrations.UpToSummary[..13]);

        Assert.Equal("program", chat.State.StepId);
        Assert.DoesNotContain("potongan", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("JKK + JKM: Rp32.800/bulan", chat.LastReplies[^1].Choices.Select(c => c.Label));
    }
}
