using Jamsostek.Dialogs.Knowledge;

namespace Jamsostek.Dialogs.Tests.Knowledge;

public sealed class QuestionNormalizerTests
{
    private static readonly QuestionNormalizer Normalizer = KnowledgeBase.Load(KnowledgeTestFiles.KnowledgeDirectory).Normalizer;

    [Theory]
    [InlineData("brp iuran nya sebulan", "berapa iuran nya sebulan")]
    [InlineData("klo kecelakaan pas narik ojek ditanggung ga", "kalau kecelakaan pas narik ojek ditanggung tidak")]
    [InlineData("anak sy bs dpt beasiswa?", "anak saya bisa dapat beasiswa")]
    [InlineData("Gimana cara daftar BPJS TK", "bagaimana cara daftar bpjs ketenagakerjaan")]
    [InlineData("gmn daftar jamsostek", "bagaimana daftar bpjs ketenagakerjaan")]
    [InlineData("BPJamsostek", "bpjs ketenagakerjaan")]
    [InlineData("sy ojol", "saya ojek online")]
    [InlineData("nggak gak ga enggak tdk", "tidak tidak tidak tidak tidak")]
    [InlineData("bisaaaa gaaa???", "bisa tidak")]
    [InlineData("kalooo", "kalau")]
    [InlineData("anak2 sy", "anak anak saya")]
    [InlineData("gaji 5jt iuran brp", "penghasilan nominaluang iuran berapa")]
    [InlineData("kartunya dimana dapetnya", "kartu dimana dapat")]
    [InlineData("iuranny brp y", "iuran berapa y")]
    [InlineData("bisakah dibayarlah", "bisa dibayar")]
    [InlineData("anak sekolah punya kartu", "anak sekolah punya kartu")]
    [InlineData("kartu ilang", "kartu hilang")]
    [InlineData("KIS saya mati", "kis saya mati")]
    [InlineData("yg dpt santunan sp", "yang dapat santunan siapa")]
    [InlineData("udh byr blm aktif", "sudah bayar belum aktif")]
    [InlineData("😀😀😀", "")]
    [InlineData("   ", "")]
    [InlineData("Halo, apa kabar!", "halo apa kabar")]
    [InlineData("aku mau hapus data", "saya mau hapus data")]
    public void Normalize_ReturnsPlainWords_WhenGivenChatStyle(string question, string expected) =>
        Assert.Equal(expected, Normalizer.Normalize(question));

    [Theory]
    [InlineData("iuran 16.800 itu untuk program apa", "iuran nominaluang itu untuk program apa")]
    [InlineData("iuran 3.000.000", "iuran nominaluang")]
    [InlineData("penghasilan Rp1.500.000,- iurannya", "penghasilan nominaluang iuran")]
    [InlineData("gaji 2,5 jt", "penghasilan nominaluang")]
    [InlineData("750rb sebulan", "nominaluang sebulan")]
    [InlineData("penghasilan 2500000", "penghasilan nominaluang")]
    [InlineData("umur 60 masih bisa", "umur 60 masih bisa")]
    [InlineData("pp 50 2025", "pp 50 2025")]
    [InlineData("iuran jadi 8400", "iuran jadi 8400")]
    [InlineData("3 bulan ga bayar", "3 bulan tidak bayar")]
    public void Normalize_ReplacesAmountsWithOneWord_WhenQuestionHasMoney(string question, string expected) =>
        Assert.Equal(expected, Normalizer.Normalize(question));

    [Fact]
    public void Normalize_UsesGivenDictionary_WhenBuiltFromData()
    {
        var normalizer = new QuestionNormalizer(new Dictionary<string, string> { ["Mksh"] = "Terima Kasih" });

        Assert.Equal("terima kasih banyak", normalizer.Normalize("mksh banyak"));
    }
}
