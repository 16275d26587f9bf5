using Jamsostek.Dialogs.Knowledge;

namespace Jamsostek.Dialogs.Tests.Knowledge;

public sealed class ConceptTaggerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("concept-test-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("bapak tewas", "konsepmati")]
    [InlineData("meninggal dan wafat", "konsepmati")]
    [InlineData("kecelakaan lalu meninggal", "konsepcelaka konsepmati")]
    [InlineData("harga cabai", "")]
    public void Tags_AddsEachConceptOnce_WhenAWordOfItsGroupIsSaid(string text, string expected)
    {
        var tagger = new ConceptTagger(
            new Dictionary<string, IReadOnlySet<string>>
            {
                ["mati"] = new HashSet<string> { "meninggal", "wafat", "tewas" },
                ["celaka"] = new HashSet<string> { "kecelakaan" },
            },
            word => [word]);

        var tags = tagger.Tags(text.Split(' '), []);

        Assert.Equal(expected, string.Join(' ', tags));
    }

    [Fact]
    public void Tags_MatchesStems_WhenGroupWordIsInflected()
    {
        // The group says "daftar"; a question's stemmed term "daftar" (from "pendaftaran") counts.
        var tagger = new ConceptTagger(new Dictionary<string, IReadOnlySet<string>> { ["daftar"] = new HashSet<string> { "daftar" } }, word => [word]);

        Assert.Equal(["konsepdaftar"], tagger.Tags(["pendaftaran"], ["daftar"]));
    }

    [Fact]
    public void Match_FindsTopic_WhenOnlyItsConceptGroupKnowsTheWord()
    {
        // No example of "santunan-duka" says "berpulang"; the group "mati" links it to "meninggal", which they do say.
        var knowledge = WriteKnowledge();
        const string Question = "ayah saya berpulang keluarga dapat apa";

        using var withConcepts = KnowledgeMatcher.Build(knowledge);
        using var without = KnowledgeMatcher.Build(knowledge, KnowledgeMatcherOptions.Default with { Concepts = false });

        Assert.Equal("santunan-duka", withConcepts.Match(Question).Closest[0].Id);
        Assert.True(
            withConcepts.Match(Question).Score > without.Match(Question).Score,
            $"with concepts {withConcepts.Match(Question).Score:0.00}, without {without.Match(Question).Score:0.00}");
    }

    private KnowledgeBase WriteKnowledge()
    {
        File.WriteAllText(Path.Combine(_folder, "slang.yaml"), "slang:\n  sy: saya\n");
        File.WriteAllText(Path.Combine(_folder, "stopwords.yaml"), "stopwords: [yang, saya]\nquestion_words: [apa, berapa]\n");
        File.WriteAllText(Path.Combine(_folder, "maksud.yaml"), """
            rules: []
            concepts:
              mati: [meninggal, wafat, berpulang]
              bayar: [bayar, setor]
            """);
        File.WriteAllText(Path.Combine(_folder, "topik.yaml"), """
            topics:
              - id: santunan-duka
                title: Santunan duka
                examples: [kalau meninggal keluarga dapat apa, santunan meninggal berapa, peserta meninggal ahli waris dapat uang]
                answer: Santunan untuk keluarga.
                followups: []
                last_checked: 2026-11-23
              - id: cara-setor
                title: Cara setor
                examples: [bayar iuran di mana, bayar lewat bank bisa, cara bayar bulanan]
                answer: Bayar di kanal resmi.
                followups: []
                last_checked: 2026-11-23
            """);
        return KnowledgeBase.Load(_folder);
    }
}
