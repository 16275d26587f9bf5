using Jamsostek.Dialogs.Knowledge;

namespace Jamsostek.Dialogs.Tests.Knowledge;

public sealed class KnowledgeMatcherTests : IDisposable
{
    private readonly KnowledgeMatcher _matcher = KnowledgeMatcher.Build(KnowledgeBase.Load(KnowledgeTestFiles.KnowledgeDirectory));

    public void Dispose() => _matcher.Dispose();

    [Theory]
    [InlineData("brp iuran nya sebulan", "iuran")]
    [InlineData("klo kecelakaan pas narik ojek ditanggung ga", "manfaat-jkk")]
    [InlineData("anak sy bs dpt beasiswa?", "beasiswa")]
    [InlineData("gmn cara daftr bpjs tk", "cara-daftar")]
    [InlineData("hapus data saya", "privasi")]
    [InlineData("KIS saya mati", "bpjs-kesehatan")]
    [InlineData("telat bayar kena dendaaa?", "telat-bayar")]
    [InlineData("iurn brp", "iuran")]
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
    [InlineData("")]
    public void Match_ReturnsNoTopic_WhenQuestionIsOutOfScope(string question)
    {
        var match = _matcher.Match(question);

        Assert.Null(match.Topic);
        Assert.True(match.Closest.Count <= 3);
    }

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

    [Fact]
    public void Build_Throws_WhenExtraExampleHasUnknownTopic()
    {
        var knowledge = KnowledgeBase.Load(KnowledgeTestFiles.KnowledgeDirectory);

        Assert.Throws<ArgumentException>(() => KnowledgeMatcher.Build(knowledge, [("halo", "tidak-ada")]));
    }
}
