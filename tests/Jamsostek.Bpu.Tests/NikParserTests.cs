namespace Jamsostek.Bpu.Tests;

public class NikParserTests
{
    private static readonly DateOnly Today = new(2026, 3, 1);
    private readonly NikParser _parser = new(Shared.Regions);

    [Theory]
    // The domain doc's example: female (day 52 = 12 + 40), 63.06.05 Kandangan, Kab. Hulu Sungai Selatan.
    [InlineData("6306055208900003", "1990-08-12", Sex.Female)]
    [InlineData("6306051708850001", "1985-08-17", Sex.Male)]
    [InlineData("6306 0552 0890 0003", "1990-08-12", Sex.Female)]
    [InlineData("6306-0552-0890-0003", "1990-08-12", Sex.Female)]
    [InlineData(" 6306.0552.0890.0003 ", "1990-08-12", Sex.Female)]
    [InlineData("6306051708050001", "2005-08-17", Sex.Male)]     // yy=05: this century
    [InlineData("6306051708859001", "1985-08-17", Sex.Male)]     // yy=85: 2085 is in the future
    [InlineData("6306050101260001", "2026-01-01", Sex.Male)]     // born this year, age 0
    [InlineData("6306050106260001", "1926-06-01", Sex.Male)]     // 2026-06 is future, so 1926 (age 99)
    [InlineData("6371057112000001", "2000-12-31", Sex.Female)]   // day 71 = 31 + 40, Kota Banjarmasin
    [InlineData("6306056902000001", "2000-02-29", Sex.Female)]   // leap day in 2000
    public void Parse_ReturnsInfo_WhenNikIsValid(string input, string birth, Sex sex)
    {
        var result = _parser.Parse(input, Today);

        Assert.Null(result.Problem);
        Assert.Null(result.Explanation);
        Assert.NotNull(result.Info);
        Assert.Equal(Shared.Date(birth), result.Info.BirthDate);
        Assert.Equal(sex, result.Info.Sex);
        Assert.Equal(16, result.Info.Nik.Length);
    }

    [Theory]
    [InlineData("", NikProblem.Empty)]
    [InlineData("   ", NikProblem.Empty)]
    [InlineData(" - . ", NikProblem.Empty)]
    [InlineData("6306O55208900003", NikProblem.NotDigits)]       // letter O for zero
    [InlineData("NIK 6306055208900003", NikProblem.NotDigits)]
    [InlineData("630605520890000", NikProblem.WrongLength)]      // 15 digits
    [InlineData("63060552089000031", NikProblem.WrongLength)]    // 17 digits
    [InlineData("0006055208900003", NikProblem.UnknownProvince)]
    [InlineData("9906055208900003", NikProblem.UnknownProvince)]
    [InlineData("6399055208900003", NikProblem.UnknownRegency)]
    [InlineData("9101055208900003", NikProblem.UnknownRegency)]  // Merauke moved to Papua Selatan (93)
    [InlineData("6306995208900003", NikProblem.UnknownDistrict)]
    [InlineData("6306053208900003", NikProblem.InvalidDate)]     // day 32
    [InlineData("6306057208900003", NikProblem.InvalidDate)]     // female day 72 = 32
    [InlineData("6306050008900003", NikProblem.InvalidDate)]     // day 00
    [InlineData("6306053102900003", NikProblem.InvalidDate)]     // 31 February
    [InlineData("6306057102900003", NikProblem.InvalidDate)]     // female 31 February
    [InlineData("6306052902900003", NikProblem.InvalidDate)]     // 29 February 1990/2090: no leap year
    [InlineData("6306051513900003", NikProblem.InvalidDate)]     // month 13
    [InlineData("6306055208900000", NikProblem.ZeroSerial)]
    public void Parse_ReturnsProblem_WhenNikIsInvalid(string input, NikProblem problem)
    {
        var result = _parser.Parse(input, Today);

        Assert.Null(result.Info);
        Assert.Equal(problem, result.Problem);
        Assert.False(string.IsNullOrWhiteSpace(result.Explanation));
    }

    [Fact]
    public void Parse_ReturnsFutureOrTooOld_WhenNoCenturyFits()
    {
        // On 2000-01-15, 29-02-00 is either a future date (2000) or not a date at all (1900).
        var result = _parser.Parse("6306052902000001", new DateOnly(2000, 1, 15));

        Assert.Equal(NikProblem.FutureOrTooOld, result.Problem);
    }

    [Fact]
    public void Parse_ExplainsLength_WhenFifteenDigits()
    {
        var result = _parser.Parse("630605520890000", Today);

        Assert.Equal(
            "NIK harus 16 angka, yang Anda ketik 15 angka. Silakan periksa KTP Anda lalu ketik ulang NIK.",
            result.Explanation);
    }

    [Fact]
    public void Parse_NamesRegencyInExplanation_WhenDistrictUnknown()
    {
        var result = _parser.Parse("6306995208900003", Today);

        Assert.Contains("Kab. Hulu Sungai Selatan", result.Explanation, StringComparison.Ordinal);
        Assert.Contains("KTP", result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_FillsCodesAndFormats_WhenValid()
    {
        var info = _parser.Parse("6306 0552 0890 0003", Today).Info!;

        Assert.Equal("6306055208900003", info.Nik);
        Assert.Equal("63", info.ProvinceCode);
        Assert.Equal("63.06", info.RegencyCode);
        Assert.Equal("63.06.05", info.DistrictCode);
        Assert.Equal("0003", info.Serial);
        Assert.Equal("6306 0552 0890 0003", info.Grouped);
        Assert.Equal("6306**********03", info.Masked);
        Assert.Equal("Kandangan", Shared.Regions.FindDistrict(info.DistrictCode)!.Name);
    }

    [Theory]
    [InlineData("6306055208900003", "6306**********03")]
    [InlineData("123456", "******")]
    [InlineData("", "")]
    public void Mask_HidesMiddle_WhenGivenNik(string nik, string expected) =>
        Assert.Equal(expected, NikParser.Mask(nik));

    [Theory]
    [InlineData(Sex.Male, "L", "laki-laki")]
    [InlineData(Sex.Female, "P", "perempuan")]
    public void ToCode_ReturnsKtpCode_ForEachSex(Sex sex, string code, string word)
    {
        Assert.Equal(code, sex.ToCode());
        Assert.Equal(word, sex.ToIndonesian());
    }
}
