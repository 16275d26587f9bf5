using Jamsostek.Dialogs.Knowledge;

namespace Jamsostek.Dialogs.Tests.Knowledge;

public sealed class KnowledgeBaseTests : IDisposable
{
    private static readonly string[] RequiredIds =
    [
        "cara-daftar", "syarat-daftar", "program-bpu", "iuran", "cara-bayar", "telat-bayar", "manfaat-jkk",
        "manfaat-jkm", "beasiswa", "manfaat-jht", "klaim", "ahli-waris", "status-pendaftaran", "kartu-peserta",
        "bantuan-pemda", "privasi", "hubungi-petugas", "bpjs-kesehatan",
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("kb-test-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Load_ReadsEveryRequiredTopic_WhenGivenRealFolder()
    {
        var knowledge = KnowledgeBase.Load(KnowledgeTestFiles.KnowledgeDirectory);

        Assert.All(RequiredIds, id => Assert.NotNull(knowledge.Find(id)));
        Assert.All(knowledge.Topics, t =>
        {
            Assert.True(t.Examples.Count >= 8, $"{t.Id} has {t.Examples.Count} examples, want 8 or more");
            Assert.True(t.Title.Length <= 24, t.Id);
            Assert.True(t.LastChecked >= new DateOnly(2026, 11, 23), $"{t.Id} last checked {t.LastChecked}, before the 2026-11-23 review");
            Assert.NotEmpty(t.FollowUps);
        });
        Assert.Equal("quote-contribution", knowledge.Find("iuran")!.Action);
        Assert.Equal("signup-status", knowledge.Find("status-pendaftaran")!.Action);
        Assert.Equal("handoff", knowledge.Find("hubungi-petugas")!.Action);
        Assert.Equal("delete-data", knowledge.Find("privasi")!.Action);
        Assert.Contains("UU No. 27 Tahun 2022", knowledge.Find("privasi")!.Answer, StringComparison.Ordinal);
        Assert.Contains("hapus data saya", knowledge.Find("privasi")!.Answer, StringComparison.Ordinal);
        Assert.Contains("berapa", knowledge.QuestionWords);
        Assert.DoesNotContain("tidak", knowledge.StopWords);
    }

    [Fact]
    public void Find_ReturnsNull_WhenIdUnknown() =>
        Assert.Null(KnowledgeBase.Load(KnowledgeTestFiles.KnowledgeDirectory).Find("tidak-ada"));

    [Fact]
    public void Load_MarksOnlyRujukanTopicsAsPointers_WhenGivenCandidatePointers()
    {
        var knowledge = KnowledgeBase.Load(KnowledgeTestFiles.KnowledgeWithPointersDirectory);

        var pointers = knowledge.Topics.Where(t => t.IsPointer).ToList();

        Assert.Contains(pointers, p => p.Id == "rujukan-dukcapil");
        Assert.All(pointers, p =>
        {
            Assert.StartsWith("rujukan-", p.Id, StringComparison.Ordinal);
            Assert.Null(p.Action);
            Assert.Contains("bukan", p.Answer, StringComparison.Ordinal); // says whose business it is, never answers it
            Assert.DoesNotMatch(@"\d", p.Answer); // no figure, phone number or address a worker would rely on
            Assert.All(p.FollowUps, id => Assert.False(knowledge.Find(id)!.IsPointer, $"{p.Id} offers another pointer {id}"));
        });
        Assert.DoesNotContain(RequiredIds, id => knowledge.Find(id)!.IsPointer);
        Assert.DoesNotContain(KnowledgeBase.Load(KnowledgeTestFiles.KnowledgeDirectory).Topics, t => t.IsPointer); // none ships
    }

    [Fact]
    public void Load_ReportsFault_WhenPointerHasAction()
    {
        WriteDictionaries();
        File.WriteAllText(Path.Combine(_folder, "a.yaml"), """
            topics:
              - id: satu
                title: Satu
                examples: [halo satu, apa satu, satu lagi]
                answer: Jawaban satu.
                followups: []
                last_checked: 2026-11-23
            """);
        File.WriteAllText(Path.Combine(_folder, "rujukan.yaml"), """
            topics:
              - id: rujukan-lain
                title: Lembaga lain
                examples: [urusan lain, tanya lain, lembaga lain]
                answer: Ini bukan urusan kami.
                followups: [satu]
                last_checked: 2026-11-23
                action: handoff
            """);

        var error = Assert.Throws<KnowledgeBaseException>(() => KnowledgeBase.Load(_folder));

        Assert.Contains("rujukan.yaml:rujukan-lain: a pointer only says where to ask: it takes no action", error.Faults);
    }

    [Fact]
    public void Load_ListsEveryFault_WhenTopicsAreBroken()
    {
        WriteDictionaries();
        File.WriteAllText(Path.Combine(_folder, "a.yaml"), """
            topics:
              - id: satu
                title: Satu
                examples: [halo]
                answer: Jawaban satu, sampai usia {usia_maksimal} tahun, bukan {usia_maximal}.
                followups: [dua, hilang]
                last_checked: 2026-11-23
                action: terbang
              - id: dua
                title: Judul yang jauh terlalu panjang untuk tombol
                examples: []
                answer: ""
                followups: []
                last_checked: kemarin
            """);
        File.WriteAllText(Path.Combine(_folder, "b.yaml"), """
            topics:
              - id: satu
                title: Lagi
                examples: [halo]
                answer: Jawaban.
                followups: []
                last_checked: 2026-11-23
            """);

        var error = Assert.Throws<KnowledgeBaseException>(() => KnowledgeBase.Load(_folder));

        Assert.Contains("a.yaml:satu: unknown action 'terbang' (known: delete-data, handoff, quote-contribution, signup-status)", error.Faults);
        Assert.Contains("a.yaml:dua: title is missing or longer than 24 characters", error.Faults);
        Assert.Contains("a.yaml:dua: has 0 examples, at least 3 (8 or more recommended)", error.Faults);
        Assert.Contains("a.yaml:satu: has 1 examples, at least 3 (8 or more recommended)", error.Faults);
        Assert.Contains("a.yaml:dua: answer is empty", error.Faults);
        Assert.Contains("a.yaml:satu: answer uses unknown '{usia_maximal}' (known: usia_maksimal, usia_minimal)", error.Faults);
        Assert.DoesNotContain(error.Faults, f => f.Contains("'{usia_maksimal}'", StringComparison.Ordinal));
        Assert.Contains("a.yaml:dua: last_checked is missing or not a date like 2026-11-23", error.Faults);
        Assert.Contains("b.yaml:satu: duplicate id (also in a.yaml)", error.Faults);
        Assert.Contains("a.yaml:satu: follow-up 'hilang' is not another topic", error.Faults);
        Assert.All(error.Faults, f => Assert.Contains(f, error.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_ReportsFileAndLine_WhenYamlIsMalformed()
    {
        WriteDictionaries();
        File.WriteAllText(Path.Combine(_folder, "rusak.yaml"), "topics:\n  - id: [tidak ditutup\n");

        var error = Assert.Throws<KnowledgeBaseException>(() => KnowledgeBase.Load(_folder));

        Assert.Contains(error.Faults, f => f.StartsWith("rusak.yaml: line ", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_ReportsMissingDictionaries_WhenFolderHasOnlyTopics()
    {
        File.WriteAllText(Path.Combine(_folder, "a.yaml"), "topics: []\n");

        var error = Assert.Throws<KnowledgeBaseException>(() => KnowledgeBase.Load(_folder));

        Assert.Contains("slang.yaml: file not found", error.Faults);
        Assert.Contains("stopwords.yaml: file not found", error.Faults);
        Assert.Contains("a.yaml: no topics (expected a 'topics:' list)", error.Faults);
    }

    [Fact]
    public void Load_ListsIntentFaults_WhenRuleNamesUnknownTopicOrHasNoWords()
    {
        WriteDictionaries();
        WriteTopic("satu");
        File.WriteAllText(Path.Combine(_folder, "maksud.yaml"), """
            rules:
              - prefer: satu
                over: [hilang]
                when: [[apa]]
              - prefer: satu
                over: [satu]
                when: []
            out_of_scope: [harga cabai berapa]
            """);

        var error = Assert.Throws<KnowledgeBaseException>(() => KnowledgeBase.Load(_folder));

        Assert.Contains("maksud.yaml:rule 1: 'hilang' is not a topic", error.Faults);
        Assert.Contains("maksud.yaml:rule 2: needs prefer, over and when (each when group with at least one word)", error.Faults);
    }

    [Fact]
    public void Load_ListsConceptFault_WhenConceptNameIsNotSmallLettersOrHasNoWords()
    {
        WriteDictionaries();
        WriteTopic("satu");
        File.WriteAllText(Path.Combine(_folder, "maksud.yaml"), """
            concepts:
              mati: [meninggal, wafat]
              Hari-Tua: [jht]
              kosong: []
            """);

        var error = Assert.Throws<KnowledgeBaseException>(() => KnowledgeBase.Load(_folder));

        Assert.Contains("maksud.yaml:concept 'Hari-Tua': needs a name of small letters a-z and at least one word", error.Faults);
        Assert.Contains("maksud.yaml:concept 'kosong': needs a name of small letters a-z and at least one word", error.Faults);
        Assert.DoesNotContain(error.Faults, f => f.Contains("'mati'", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_HasNoRulesOrOutOfScopeExamples_WhenIntentFileAbsent()
    {
        WriteDictionaries();
        WriteTopic("satu");

        var knowledge = KnowledgeBase.Load(_folder);

        Assert.Empty(knowledge.IntentRules);
        Assert.Empty(knowledge.OutOfScopeExamples);
        Assert.Empty(knowledge.Concepts);
    }

    [Fact]
    public void Load_ReadsIntentRulesAndOutOfScopeExamples_WhenGivenRealFolder()
    {
        var knowledge = KnowledgeBase.Load(KnowledgeTestFiles.KnowledgeDirectory);

        Assert.Contains(knowledge.IntentRules, r => r.Prefer == "manfaat-jkm" && r.Over.Contains("program-bpu"));
        Assert.True(knowledge.OutOfScopeExamples.Count >= 50, $"{knowledge.OutOfScopeExamples.Count} out-of-scope examples, want 50 or more");
        Assert.Contains("wafat", knowledge.Concepts["mati"]);
    }

    private void WriteTopic(string id) =>
        File.WriteAllText(Path.Combine(_folder, "a.yaml"), $"""
            topics:
              - id: {id}
                title: Satu
                examples: [halo satu, apa satu, satu dua]
                answer: Jawaban.
                followups: []
                last_checked: 2026-11-23
            """);

    private void WriteDictionaries()
    {
        File.WriteAllText(Path.Combine(_folder, "slang.yaml"), "slang:\n  gmn: bagaimana\n");
        File.WriteAllText(Path.Combine(_folder, "stopwords.yaml"), "stopwords: [yang]\nquestion_words: [apa]\n");
    }
}
