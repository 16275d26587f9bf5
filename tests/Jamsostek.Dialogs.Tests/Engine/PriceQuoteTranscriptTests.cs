using System.Globalization;
using Jamsostek.Bpu;
using Jamsostek.Dialogs.Engine;

namespace Jamsostek.Dialogs.Tests.Engine;

/// <summary>The price quoted at sign-up is the first month the worker can still pay, as the approval notice will say (issue 17).</summary>
public sealed class PriceQuoteTranscriptTests
{
    [Fact]
    public void Handle_QuotesNextMonthWithBothFigures_WhenAfterThe15thAndPayingMonthly()
    {
        // 20 November 2026: November's contribution was due on the 15th, so December (the last relief month) is the first.
        var chat = new EngineHarness { Now = new DateTimeOffset(2026, 11, 20, 3, 0, 0, TimeSpan.Zero) };
        string[] lines = [.. Registrations.UpToSummary];
        lines[^3] = "1";

        chat.SayAll(lines);

        Assert.Contains("• Iuran: Rp68.400 untuk Desember 2026, lalu Rp84.800/bulan", chat.LastText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-11-15T09:00:00+07:00", "2026-11-01")]
    [InlineData("2026-11-16T09:00:00+07:00", "2026-11-01")] // 15 November 2026 is a Sunday: due Monday the 16th, still payable
    [InlineData("2026-11-17T09:00:00+07:00", "2026-12-01")]
    [InlineData("2026-12-31T23:00:00+07:00", "2027-01-01")]
    public void ContributionMonth_IsTheApprovalNoticesFirstMonth(string now, string month)
    {
        var at = DateTimeOffset.Parse(now, CultureInfo.InvariantCulture);

        var quoted = WorkerCalendar.ContributionMonth(at, HolidayCalendar.LoadEmbedded());

        Assert.Equal(DateOnly.Parse(month, CultureInfo.InvariantCulture), quoted);
        Assert.Equal(DueDates.FirstMonthDueOnOrAfter(WorkerCalendar.Today(at), HolidayCalendar.LoadEmbedded()), quoted);
    }
}
