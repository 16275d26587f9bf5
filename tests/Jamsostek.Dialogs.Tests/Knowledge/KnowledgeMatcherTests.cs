using Jamsostek.Dialogs.Knowledge;

namespace Jamsostek.Dialogs.Tests.Knowledge;

public sealed class KnowledgeMatcherTests
{
    // The bot's own matcher (built once a process), not one a test method: building takes seconds.
    private readonly KnowledgeMatcher _matcher = KnowledgeCache.Get(KnowledgeTestFiles.KnowledgeDirectory).Matcher;

    [Theory]
    [InlineData("brp iuran nya sebulan", "iuran")]
    [InlineData("klo kecelakaan pas narik ojek ditanggung ga", "manfaat-jkk")]
    [InlineData("anak sy bs dpt beasiswa?", "beasiswa")]
    [InlineData("gmn cara daftr bpjs tk", "cara-daftar")]
    [InlineData("hapus data saya", "privasi")]
    [InlineData("KIS saya mati", "bpjs-kesehatan")]
    [InlineData("telat bayar kena dendaaa?", "telat-bayar")]
    [InlineData("iurn brp", "iuran")]
    [InlineData("suami sy meninggal kecelakaan pas ngojek dpt apa", "manfaat-jkk")]
    [InlineData("istri sy meninggal melahirkan dpt santunan?", "manfaat-jkm")]
    [InlineData("aplikasi jmo error", "aplikasi-jmo")]
    [InlineData("kantor cabang terdekat di mana", "kontak-bpjs")]
    [InlineData("nomor telepon bpjs tk brp", "kontak-bpjs")]
    [InlineData("mau ngomong sama petugas", "hubungi-petugas")]
    [InlineData("kartunya dimana dapetnya", "kartu-peserta")]
    [InlineData("iuranny brp y", "iuran")]
    [InlineData("iuran 3.000.000", "iuran")]
    [InlineData("iuran 16.800 itu untuk program apa", "iuran")]
    [InlineData("umur 62 masih bisa daftar kah", "syarat-daftar")] // Banjar/Javanese particles typed as words
    [InlineData("bayarnya di alfamart bisa gin", "cara-bayar")]
    [InlineData("anak ulun dua orang dapat beasiswa kah", "beasiswa")]
    public void Match_FindsTopic_WhenQuestionIsInWorkerStyle(string question, string expected)
    {
        var match = _matcher.Match(question);

        Assert.Equal(expected, match.Topic?.Id);
        Assert.InRange(match.Score, _matcher.Threshold, 1);
        Assert.Equal(expected, match.Closest[0].Id);
    }

    [Theory]
    [InlineData("😀😀")]
    [InlineData("asdfgh")]
    [InlineData("harga beras brp")]
    [InlineData("lagi apa")]
    [InlineData("081234567890")] // a phone number or a NIK typed alone is not an income to quote
    [InlineData("6306041203900003")]
    [InlineData("")]
    [InlineData("halo apa kabar")]
    public void Match_ReturnsNoTopic_WhenQuestionIsOutOfScope(string question)
    {
        var match = _matcher.Match(question);

        Assert.Null(match.Topic);
        Assert.True(match.Closest.Count <= 3);
    }

    [Theory]
    [InlineData("halo apa kabar")]
    [InlineData("selamat siang min")]
    [InlineData("halo")]
    [InlineData("pagi")]
    [InlineData("Assalamualaikum kak")]
    public void Match_ReportsGreeting_WhenOnlyGreetingWords(string question)
    {
        var match = _matcher.Match(question);

        Assert.True(match.IsGreeting);
        Assert.Null(match.Topic);
    }

    [Theory]
    [InlineData("halo mau tanya iuran brp")]
    [InlineData("selamat pagi cara daftar gmn")]
    public void Match_AnswersTopic_WhenGreetingComesWithAQuestion(string question)
    {
        var match = _matcher.Match(question);

        Assert.False(match.IsGreeting);
        Assert.NotNull(match.Topic);
    }

    [Theory]
    [InlineData("mau daftar, syarat2nya apa saja dan caranya gimana", "syarat-daftar", "cara-daftar")]
    [InlineData("kalau meninggal dapat santunan berapa dan anak dapat beasiswa tidak", "manfaat-jkm", "beasiswa")]
    public void Match_OffersSecondTopic_WhenQuestionAsksTwo(string question, string one, string other)
    {
        var match = _matcher.Match(question);

        // Either may be the main one (both answers answer half the question); the other must be offered first.
        Assert.Equal(
            new[] { one, other }.Order(StringComparer.Ordinal),
            new[] { match.Topic?.Id ?? "-", match.AlsoAsked?.Id ?? "-" }.Order(StringComparer.Ordinal));
    }

    // The shapes issue 15 reports as misses, in the issue's own paraphrases (never YAML examples): the
    // programme and intent words of maksud.yaml and the examples written from the answers must answer them.
    [Theory]
    [InlineData("jkm tuh buat apa ya", "manfaat-jkm")]
    [InlineData("jht itu dapetnya apa", "manfaat-jht")]
    [InlineData("apa beda jkk sama jkm", "program-bpu")]
    [InlineData("prosedur daftar peserta bpu gimana", "cara-daftar")]
    [InlineData("daftar online utk pekerja informal caranya", "cara-daftar")]
    [InlineData("tambah jht iurannya jadi brp", "iuran")]
    [InlineData("urus klaim kematian bapak syaratnya apa aja", "klaim")]
    [InlineData("suami sy dpt santunan ga kalo sy meninggal", "manfaat-jkm")]
    [InlineData("biaya berobat kecelakaan ada batasnya ga", "manfaat-jkk")]
    public void Match_AnswersIntendedTopic_WhenQuestionHasIssueShape(string question, string expected) =>
        Assert.Equal(expected, _matcher.Match(question).Topic?.Id);

    [Fact]
    public void Match_OffersDisplacedTopic_WhenIntentRulePrefersAnother()
    {
        // "jkm" alone asks for the death benefit; the overview the ranking put first is offered after it.
        var match = _matcher.Match("jkm tuh buat apa ya");

        Assert.Equal("manfaat-jkm", match.Topic?.Id);
        Assert.Equal("program-bpu", match.AlsoAsked?.Id);
    }

    [Theory]
    [InlineData("lowongan kerja satpam ada ga")]
    [InlineData("pinjam duit 3 juta bisa")]
    [InlineData("harga cabe brp skrg")]
    public void Match_ReturnsNoTopic_WhenQuestionLooksLikeOutOfScopeExamples(string question) =>
        Assert.Null(_matcher.Match(question).Topic);

    [Theory]
    [InlineData("brp iuran nya sebulan")]
    [InlineData("aplikasi jmo error")]
    public void Match_OffersNoSecondTopic_WhenQuestionAsksOne(string question) =>
        Assert.Null(_matcher.Match(question).AlsoAsked);

    [Fact]
    public void Match_OffersThreeClosest_WhenUnsure()
    {
        var match = _matcher.Match("bayar");

        Assert.Equal(3, match.Closest.Count);
        Assert.Equal(match.Closest.Count, match.Closest.Distinct().Count());
    }

    [Fact]
    public void Match_GivesSameAnswers_WhenCalledConcurrently()
    {
        string[] questions = ["brp iuran nya sebulan", "anak sy bs dpt beasiswa?", "klo telat bayar gmn", "cara klaim gmn"];
        var expected = questions.Select(q => _matcher.Match(q).Topic?.Id).ToArray();

        Parallel.For(0, 2000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            Assert.Equal(expected[i % questions.Length], _matcher.Match(questions[i % questions.Length]).Topic?.Id));
    }
}
