using Jamsostek.Dialogs.Knowledge;

namespace Jamsostek.Dialogs.Tests.Knowledge;

public sealed class ScopeDetectorTests
{
    // The bot's own matcher (built once a process), with the detector trained on the YAML as shipped.
    private readonly KnowledgeMatcher _matcher = KnowledgeCache.Get(KnowledgeTestFiles.KnowledgeDirectory).Matcher;

    // Written for this test from general knowledge, not from any evaluation set or writer's file.
    [Theory]
    [InlineData("mau pinjem duit 3 juta lewat pinjol yg cepet cair")]
    [InlineData("harga gabah kering sekarang sekilo brp")]
    [InlineData("lowongan jadi satpam gudang masih buka ga")]
    public void InScopeProbability_IsLow_WhenTheQuestionIsSomeoneElsesBusiness(string question)
    {
        Assert.InRange(_matcher.InScopeProbability(question), 0, KnowledgeMatcherOptions.Default.ScopeMinimum);
    }

    [Theory]
    [InlineData("iuran jkk sama jkm sebulan brp buat tukang ojek")]
    [InlineData("kalau sy jatuh dari motor pas antar paket ditanggung apa aja")]
    [InlineData("cara klaim jht kalau sudah berhenti kerja")]
    [InlineData("selamat pagi cara daftar gmn")] // greetings say nothing about scope
    public void InScopeProbability_IsHigh_WhenTheQuestionIsAboutTheProgramme(string question)
    {
        Assert.InRange(_matcher.InScopeProbability(question), KnowledgeMatcherOptions.Default.ScopeMinimum, 1);
    }

    [Fact]
    public void InScopeProbability_IsOne_WhenTheMatcherHasNoDetector()
    {
        var knowledge = KnowledgeCache.Get(KnowledgeTestFiles.KnowledgeDirectory).Knowledge;
        using var matcher = KnowledgeMatcher.Build(knowledge, KnowledgeMatcherOptions.Default with { ScopeDetector = false });

        Assert.Equal(1, matcher.InScopeProbability("mau pinjem duit 3 juta lewat pinjol yg cepet cair"));
    }

    [Fact]
    public void Train_SeparatesTheWordsOfEachSide_WhenGivenClearCases()
    {
        var inScope = new[] { "iuran jkk berapa", "klaim jht syaratnya", "daftar bpu caranya", "kecelakaan kerja ditanggung", "santunan kematian berapa" };
        var outOfScope = new[] { "pinjol cepat cair", "harga cabai naik", "cuaca besok hujan" };
        var detector = ScopeDetector.Train(
            [.. inScope.Select(t => (Features(t), true)), .. outOfScope.Select(t => (Features(t), false))],
            outOfScopeWeight: 0,
            epochs: 40);

        Assert.True(detector.InScopeProbability(Features("iuran jht berapa")) > 0.5);
        Assert.True(detector.InScopeProbability(Features("pinjol harga cabai")) < 0.5);
    }

    [Fact]
    public void Features_AddTheGroup_WhenAWordOfItIsSaid()
    {
        var features = ScopeDetector.Features(["akulaku", "telat"], ["akulaku", "telat"]);

        Assert.Contains(features, f => f.Feature == "g:pinjaman");
        Assert.DoesNotContain(features, f => f.Feature.StartsWith("p:", StringComparison.Ordinal)); // word pairs are off by default
    }

    private static IReadOnlyList<(string Feature, float Value)> Features(string text)
    {
        var words = text.Split(' ');
        return ScopeDetector.Features(words, words);
    }
}
