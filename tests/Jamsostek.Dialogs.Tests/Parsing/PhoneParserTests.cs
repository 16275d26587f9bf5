using Jamsostek.Dialogs.Parsing;

namespace Jamsostek.Dialogs.Tests.Parsing;

public class PhoneParserTests
{
    [Theory]
    [InlineData("0812-3456-7890", "+6281234567890")]
    [InlineData("0812 3456 7890", "+6281234567890")]
    [InlineData("081234567890", "+6281234567890")]
    [InlineData("+62 812 3456 7890", "+6281234567890")]
    [InlineData("+62-812-3456-7890", "+6281234567890")]
    [InlineData("62812 3456 7890", "+6281234567890")]
    [InlineData("6281234567890", "+6281234567890")]
    [InlineData("(0812) 3456 7890", "+6281234567890")]
    [InlineData("812-3456-7890", "+6281234567890")]
    [InlineData("+6281234567890", "+6281234567890")]
    [InlineData("0812.3456.7890", "+6281234567890")]
    [InlineData("+62 0812 3456 7890", "+6281234567890")]
    [InlineData("0062 812 3456 7890", "+6281234567890")]
    [InlineData("No HP: 0812-3456-7890", "+6281234567890")]
    [InlineData("wa 0857 1234 567", "+628571234567")]
    [InlineData("0812345678", "+62812345678")]
    [InlineData("0812345678901", "+62812345678901")]
    public void Parse_ReturnsE164_WhenIndonesianMobile(string input, string expected)
    {
        var result = PhoneParser.Parse(input);

        Assert.True(result.Ok, result.Problem);
        Assert.Equal(expected, result.Value);
    }

    [Theory]
    [InlineData("", "belum")]
    [InlineData("021-5551234", "diawali 08")]
    [InlineData("(0511) 3345678", "diawali 08")]
    [InlineData("+60 12 345 6789", "nomor HP Indonesia")]
    [InlineData("+1 415 555 0100", "nomor HP Indonesia")]
    [InlineData("0812-345", "terlalu pendek (7 angka)")]
    [InlineData("081234567", "terlalu pendek (9 angka)")]
    [InlineData("08123456789012", "terlalu panjang (14 angka)")]
    [InlineData("0812-34ab-7890", "hanya berisi angka")]
    [InlineData("nomor saya nol delapan", "hanya berisi angka")]
    [InlineData("tidak punya", "hanya berisi angka")]
    [InlineData("-", "diawali 08")]
    public void Parse_Fails_WhenNotIndonesianMobile(string input, string expectedPart)
    {
        var result = PhoneParser.Parse(input);

        Assert.False(result.Ok);
        Assert.Contains(expectedPart, result.Problem, StringComparison.Ordinal);
        Assert.EndsWith("contoh 0812-3456-7890.", result.Problem, StringComparison.Ordinal);
    }
}
