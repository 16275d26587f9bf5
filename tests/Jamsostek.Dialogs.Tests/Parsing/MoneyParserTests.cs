using Jamsostek.Dialogs.Parsing;

namespace Jamsostek.Dialogs.Tests.Parsing;

public class MoneyParserTests
{
    [Theory]
    [InlineData("2,5 jt", 2_500_000)]
    [InlineData("2.5jt", 2_500_000)]
    [InlineData("2,5 juta", 2_500_000)]
    [InlineData("Rp 1.500.000", 1_500_000)]
    [InlineData("Rp1.500.000,-", 1_500_000)]
    [InlineData("rp. 1,500,000", 1_500_000)]
    [InlineData("1500000", 1_500_000)]
    [InlineData("1.500.000", 1_500_000)]
    [InlineData("1,500,000", 1_500_000)]
    [InlineData("1.500", 1_500)]
    [InlineData("1,5 jt", 1_500_000)]
    [InlineData("3 juta", 3_000_000)]
    [InlineData("3jt", 3_000_000)]
    [InlineData("750rb", 750_000)]
    [InlineData("750 ribu", 750_000)]
    [InlineData("750k", 750_000)]
    [InlineData("1,2 juta", 1_200_000)]
    [InlineData("satu juta", 1_000_000)]
    [InlineData("dua juta", 2_000_000)]
    [InlineData("sejuta", 1_000_000)]
    [InlineData("satu setengah juta", 1_500_000)]
    [InlineData("dua ratus lima puluh ribu", 250_000)]
    [InlineData("lima belas juta", 15_000_000)]
    [InlineData("1 jt 500 rb", 1_500_000)]
    [InlineData("2 juta 500 ribu", 2_500_000)]
    [InlineData("2 juta 500", 2_500_000)]
    [InlineData("Rp 2.500.000/bulan", 2_500_000)]
    [InlineData("sekitar 2 juta", 2_000_000)]
    [InlineData("kurang lebih 1,5jt", 1_500_000)]
    [InlineData("gaji saya 2,5jt sebulan", 2_500_000)]
    [InlineData("Rp 1.500.000,00", 1_500_000)]
    [InlineData("IDR 3,000,000.00", 3_000_000)]
    [InlineData("1.500 rb", 1_500_000)]
    [InlineData("1,250 juta", 1_250_000)]
    [InlineData("2JUTAAA", 2_000_000)]
    [InlineData("1jt500rb", 1_500_000)]
    [InlineData("Rp 50.000 per hari", 50_000)]
    [InlineData("sebulan kira2 2jt", 2_000_000)]
    [InlineData("rata2 1,5 jt", 1_500_000)]
    [InlineData("sekitar 1,5", 1_500_000)]
    [InlineData("2", 2_000_000)]
    [InlineData("5", 5_000_000)]
    public void Parse_ReturnsRupiah_WhenWrittenAsPeopleDo(string input, long expected)
    {
        var result = MoneyParser.Parse(input);

        Assert.True(result.Ok, result.Problem);
        Assert.Equal(expected, result.Value);
    }

    [Theory]
    [InlineData("", "belum")]
    [InlineData("tidak tentu", "belum menemukan angka")]
    [InlineData("-500000", "kurang dari nol")]
    [InlineData("- Rp 500.000", "kurang dari nol")]
    [InlineData("minus 2 juta", "kurang dari nol")]
    [InlineData("0", "nol")]
    [InlineData("Rp 0", "nol")]
    [InlineData("2 milyar", "terlalu besar")]
    [InlineData("5000000000", "terlalu besar")]
    [InlineData("50", "Angka 50 terlalu kecil")]
    [InlineData("50,5", "Angka 50,5 terlalu kecil")]
    [InlineData("2-3 juta", "lebih dari satu jumlah")]
    [InlineData("2 juta 3 juta", "lebih dari satu jumlah")]
    [InlineData("antara 2 atau 3 juta", "lebih dari satu jumlah")]
    [InlineData("1.5000", "belum bisa membaca")]
    [InlineData("1.50.000", "belum bisa membaca")]
    [InlineData("jutaan", "belum menemukan angka")]
    public void Parse_Fails_WhenAmountIsMissingOrImplausible(string input, string expectedPart)
    {
        var result = MoneyParser.Parse(input);

        Assert.False(result.Ok);
        Assert.Contains(expectedPart, result.Problem, StringComparison.Ordinal);
        Assert.EndsWith("Ketik jumlahnya seperti 2,5 juta atau 2.500.000.", result.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("iuran kalau penghasilan 3 juta?", new long[] { 3_000_000 })]
    [InlineData("gaji saya 2,5jt sebulan", new long[] { 2_500_000 })]
    [InlineData("umur 45", new long[0])]
    [InlineData("umur 45 tahun, anak 3", new long[0])]
    [InlineData("tahun 2024 penghasilan 1.500.000", new long[] { 1_500_000 })]
    [InlineData("kadang 2 juta kadang 3 juta", new long[] { 2_000_000, 3_000_000 })]
    [InlineData("antara 2 atau 3 juta", new long[] { 3_000_000 })]
    [InlineData("bayar Rp 16.800 tiap bulan?", new long[] { 16_800 })]
    [InlineData("penghasilan 15000 sehari", new long[] { 15_000 })]
    [InlineData("hp saya 081234567890", new long[0])]
    [InlineData("nik 6306055208900003", new long[0])]
    [InlineData("dapat dua juta lima ratus ribu", new long[] { 2_500_000 })]
    [InlineData("", new long[0])]
    public void FindAmounts_ReturnsMoneyOnly_WhenInsideSentence(string text, long[] expected)
    {
        var found = MoneyParser.FindAmounts(text);

        Assert.Equal(expected.Select(x => (decimal)x), found);
    }
}
