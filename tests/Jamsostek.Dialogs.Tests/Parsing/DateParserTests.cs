using Jamsostek.Dialogs.Parsing;

namespace Jamsostek.Dialogs.Tests.Parsing;

public class DateParserTests
{
    private static readonly DateOnly Today = new(2026, 5, 20);

    [Theory]
    [InlineData("17-8-1985", 1985, 8, 17)]
    [InlineData("17/08/85", 1985, 8, 17)]
    [InlineData("17.08.1985", 1985, 8, 17)]
    [InlineData("17 8 1985", 1985, 8, 17)]
    [InlineData("17 Agustus 1985", 1985, 8, 17)]
    [InlineData("17 agustus 85", 1985, 8, 17)]
    [InlineData("17 agt 85", 1985, 8, 17)]
    [InlineData("17 agu 1985", 1985, 8, 17)]
    [InlineData("17 ags 1985", 1985, 8, 17)]
    [InlineData("17-agustus-1985", 1985, 8, 17)]
    [InlineData("1985-08-17", 1985, 8, 17)]
    [InlineData("17081985", 1985, 8, 17)]
    [InlineData("tgl 17 agustus 1985", 1985, 8, 17)]
    [InlineData("17 Agt '85", 1985, 8, 17)]
    [InlineData("17 August 1985", 1985, 8, 17)]
    [InlineData("lahir 17 agustus 1985", 1985, 8, 17)]
    [InlineData("17AGUSTUS1985", 1985, 8, 17)]
    [InlineData("  17 - 08 - 1985 ", 1985, 8, 17)]
    [InlineData("1 jan 1990", 1990, 1, 1)]
    [InlineData("29 feb 2000", 2000, 2, 29)]
    [InlineData("3 mar 1977", 1977, 3, 3)]
    [InlineData("30 apr 1988", 1988, 4, 30)]
    [InlineData("5 mei 1970", 1970, 5, 5)]
    [InlineData("5 may 1970", 1970, 5, 5)]
    [InlineData("12 jun 1999", 1999, 6, 12)]
    [InlineData("12 jul 1999", 1999, 7, 12)]
    [InlineData("12 aug 1999", 1999, 8, 12)]
    [InlineData("9 sep 1991", 1991, 9, 9)]
    [InlineData("9 sept 1991", 1991, 9, 9)]
    [InlineData("10 okt 1992", 1992, 10, 10)]
    [InlineData("10 oct 1992", 1992, 10, 10)]
    [InlineData("11 nov 1993", 1993, 11, 11)]
    [InlineData("11 nopember 1993", 1993, 11, 11)]
    [InlineData("24 des 1994", 1994, 12, 24)]
    [InlineData("24 dec 1994", 1994, 12, 24)]
    [InlineData("2 febuari 1980", 1980, 2, 2)]
    [InlineData("05-06-05", 2005, 6, 5)]
    [InlineData("170885", 1985, 8, 17)]
    [InlineData("19850817", 1985, 8, 17)]
    [InlineData("20 mei 26", 2026, 5, 20)]
    [InlineData("21 mei 26", 1926, 5, 21)]
    public void Parse_ReturnsDate_WhenWrittenAsPeopleDo(string input, int year, int month, int day)
    {
        var result = DateParser.Parse(input, Today);

        Assert.True(result.Ok, result.Problem);
        Assert.Equal(new DateOnly(year, month, day), result.Value);
        Assert.Null(result.Problem);
    }

    [Theory]
    [InlineData("", "belum")]
    [InlineData("   ", "belum")]
    [InlineData("kemarin", "angka")]
    [InlineData("31-02-1990", "Tanggal 31 tidak ada di bulan Februari 1990")]
    [InlineData("29-02-1990", "Tanggal 29 tidak ada di bulan Februari 1990")]
    [InlineData("17-13-1985", "Bulan 13 tidak ada")]
    [InlineData("32-01-1985", "Tanggal 32 tidak ada")]
    [InlineData("00-01-1985", "Tanggal 0 tidak ada")]
    [InlineData("17-08-2030", "belum lewat")]
    [InlineData("21-05-2026", "belum lewat")]
    [InlineData("17 agustus", "lengkap")]
    [InlineData("17-08", "lengkap")]
    [InlineData("agustus 1985", "lengkap")]
    [InlineData("17 8 1985 10 30", "terlalu banyak")]
    [InlineData("17 agustus september 1985", "lebih dari satu")]
    [InlineData("17-08-185", "belum bisa membaca")]
    [InlineData("01-01-1850", "terlalu lama")]
    [InlineData("1708", "lengkap")]
    public void Parse_Fails_WhenDateIsImpossibleOrIncomplete(string input, string expectedPart)
    {
        var result = DateParser.Parse(input, Today);

        Assert.False(result.Ok);
        Assert.NotNull(result.Problem);
        Assert.Contains(expectedPart, result.Problem, StringComparison.Ordinal);
        Assert.EndsWith("Ketik tanggal seperti 17-08-1985.", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ReturnsToday_WhenTodayIsTyped()
    {
        Assert.Equal(Today, DateParser.Parse("20-05-2026", Today).Value);
    }
}
