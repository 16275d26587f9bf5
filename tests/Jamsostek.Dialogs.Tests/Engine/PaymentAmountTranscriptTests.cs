namespace Jamsostek.Dialogs.Tests.Engine;

public sealed class PaymentAmountTranscriptTests
{
    // Income 2,5 juta (base Rp2.600.000), JKK + JKM + JHT, as in Registrations.UpToSummary but the period varies.
    public static TheoryData<string, string, string> Cases => new()
    {
        // December 2026 is the last relief month (PP 50/2025) for non-transport work: the year spans the end.
        { "2026-12-01T09:00:00+08:00", "12", "Rp68.400 untuk Desember 2026, lalu Rp84.800/bulan; sekali bayar 12 bulan Rp1.001.200" },
        { "2026-12-01T09:00:00+08:00", "3", "Rp68.400 untuk Desember 2026, lalu Rp84.800/bulan; sekali bayar 3 bulan Rp238.000" },
        { "2026-12-01T09:00:00+08:00", "1", "Rp68.400 untuk Desember 2026, lalu Rp84.800/bulan" },
        { "2026-10-01T09:00:00+08:00", "3", "Rp68.400 untuk Oktober 2026 sampai Desember 2026, lalu Rp84.800/bulan; sekali bayar 3 bulan Rp205.200" },
        { "2026-11-01T09:00:00+08:00", "6", "Rp68.400 untuk November 2026 sampai Desember 2026, lalu Rp84.800/bulan; sekali bayar 6 bulan Rp476.000" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Handle_SumsEachMonthAtItsRate_WhenSummaryShown(string now, string months, string expected)
    {
        var chat = new EngineHarness { Now = DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture) };
        string[] lines = [.. Registrations.UpToSummary];
        lines[^3] = months;

        chat.SayAll(lines);

        Assert.Equal("konfirmasi", chat.State.StepId);
        Assert.Contains("• Iuran: " + expected, chat.LastText, StringComparison.Ordinal);
    }
}
