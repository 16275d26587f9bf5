using Jamsostek.Dialogs.Text;

namespace Jamsostek.Dialogs.Tests.Text;

public class IndonesianFormatTests
{
    [Theory]
    [InlineData(16800, "Rp16.800")]
    [InlineData(0, "Rp0")]
    [InlineData(500, "Rp500")]
    [InlineData(2600000, "Rp2.600.000")]
    [InlineData(1234567.6, "Rp1.234.568")]
    [InlineData(-16800, "-Rp16.800")]
    public void Money_UsesDotThousands_WhenFormatting(decimal amount, string expected)
    {
        Assert.Equal(expected, IndonesianFormat.Money(amount));
    }

    [Theory]
    [InlineData(2600000, "Rp2,6 juta")]
    [InlineData(2500000, "Rp2,5 juta")]
    [InlineData(3000000, "Rp3 juta")]
    [InlineData(2549999, "Rp2,5 juta")]
    [InlineData(750000, "Rp750 ribu")]
    [InlineData(100000, "Rp100 ribu")]
    [InlineData(125500, "Rp125,5 ribu")]
    [InlineData(999990, "Rp1 juta")]
    [InlineData(99999, "Rp99.999")]
    [InlineData(16800, "Rp16.800")]
    [InlineData(1500000000, "Rp1,5 miliar")]
    public void MoneyShort_UsesWords_WhenAmountIsLarge(decimal amount, string expected)
    {
        Assert.Equal(expected, IndonesianFormat.MoneyShort(amount));
    }

    [Theory]
    [InlineData(2026, 12, 15, "15 Desember 2026")]
    [InlineData(1985, 8, 17, "17 Agustus 1985")]
    [InlineData(2000, 1, 1, "1 Januari 2000")]
    [InlineData(1990, 2, 28, "28 Februari 1990")]
    public void Date_WritesMonthName_WhenFormatting(int y, int m, int d, string expected)
    {
        Assert.Equal(expected, IndonesianFormat.Date(new DateOnly(y, m, d)));
    }

    [Theory]
    [InlineData(9, 0, "WITA", "15 Desember 2026 pukul 09.00 WITA")]
    [InlineData(14, 5, "WIB", "15 Desember 2026 pukul 14.05 WIB")]
    [InlineData(23, 59, "WIT", "15 Desember 2026 pukul 23.59 WIT")]
    public void DateTime_ShowsZone_WhenFormatting(int hour, int minute, string zone, string expected)
    {
        var local = new DateTimeOffset(2026, 12, 15, hour, minute, 0, TimeSpan.FromHours(8));
        Assert.Equal(expected, IndonesianFormat.DateTime(local, zone));
    }

    [Theory]
    [InlineData(2026, 12, "Desember 2026")]
    [InlineData(2025, 3, "Maret 2025")]
    public void Month_WritesMonthAndYear_WhenFormatting(int y, int m, string expected)
    {
        Assert.Equal(expected, IndonesianFormat.Month(new DateOnly(y, m, 1)));
    }

    [Theory]
    [InlineData("+6281251234567", "0812-5123-4567")]
    [InlineData("+6281234567890", "0812-3456-7890")]
    [InlineData("+62812345678", "0812-3456-78")]
    [InlineData("081251234567", "0812-5123-4567")]
    [InlineData("+60123456789", "+60123456789")]
    public void Phone_GroupsFourFourRest_WhenFormatting(string e164, string expected)
    {
        Assert.Equal(expected, IndonesianFormat.Phone(e164));
    }

    [Theory]
    [InlineData(1, "Januari")]
    [InlineData(2, "Februari")]
    [InlineData(3, "Maret")]
    [InlineData(4, "April")]
    [InlineData(5, "Mei")]
    [InlineData(6, "Juni")]
    [InlineData(7, "Juli")]
    [InlineData(8, "Agustus")]
    [InlineData(9, "September")]
    [InlineData(10, "Oktober")]
    [InlineData(11, "November")]
    [InlineData(12, "Desember")]
    public void MonthName_ReturnsIndonesian_WhenMonthIsValid(int month, string expected)
    {
        Assert.Equal(expected, IndonesianFormat.MonthName(month));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void MonthName_Throws_WhenMonthIsOutOfRange(int month)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => IndonesianFormat.MonthName(month));
    }
}
