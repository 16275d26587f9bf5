using Jamsostek.Dialogs.Knowledge;

namespace Jamsostek.Dialogs.Tests.Knowledge;

public sealed class KnowledgeCacheTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kb-cache-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Get_ReturnsOneMatcher_WhenShippedFolderAskedTwice()
    {
        var first = KnowledgeCache.Get(KnowledgeTestFiles.KnowledgeDirectory);
        var second = KnowledgeCache.Get(KnowledgeTestFiles.KnowledgeDirectory);

        Assert.Same(first.Matcher, second.Matcher);
        Assert.Same(first.Knowledge, second.Knowledge);
    }

    [Fact]
    public void Get_SharesShippedMatcher_WhenFolderIsACopy()
    {
        foreach (var file in Directory.GetFiles(KnowledgeTestFiles.KnowledgeDirectory))
        {
            File.Copy(file, Path.Combine(_folder, Path.GetFileName(file)));
        }

        Assert.Same(KnowledgeCache.Get(KnowledgeTestFiles.KnowledgeDirectory).Matcher, KnowledgeCache.Get(_folder).Matcher);
    }

    [Fact]
    public void Get_BuildsAnew_WhenAFileOfTheFolderChanged()
    {
        WriteFolder("ojek");
        var before = KnowledgeCache.Get(_folder);

        WriteFolder("nelayan");
        var after = KnowledgeCache.Get(_folder);

        Assert.NotSame(before.Matcher, after.Matcher);
        Assert.Contains("nelayan di laut", after.Knowledge.Find("kecelakaan")!.Examples);
        Assert.DoesNotContain("nelayan di laut", before.Knowledge.Find("kecelakaan")!.Examples);
    }

    [Fact]
    public void Get_ThrowsEveryTime_WhenFolderInvalid()
    {
        WriteFolder("ojek");
        File.WriteAllText(Path.Combine(_folder, "rusak.yaml"), "topics:\n  - id: rusak\n");

        Assert.Throws<KnowledgeBaseException>(() => KnowledgeCache.Get(_folder));
        Assert.Throws<KnowledgeBaseException>(() => KnowledgeCache.Get(_folder));

        File.Delete(Path.Combine(_folder, "rusak.yaml"));
        Assert.NotNull(KnowledgeCache.Get(_folder).Knowledge.Find("iuran"));
    }

    [Fact]
    public void Get_BuildsOnce_WhenManyThreadsAskAtOnce()
    {
        WriteFolder($"petani {Guid.NewGuid():N}"); // content no other test has: this test's own cache entry
        using var start = new Barrier(8);

        var matchers = Enumerable.Range(0, 8)
            .Select(_ => Task.Factory.StartNew(() => { start.SignalAndWait(); return KnowledgeCache.Get(_folder).Matcher; }, TaskCreationOptions.LongRunning))
            .ToList()
            .Select(t => t.Result)
            .ToList();

        Assert.All(matchers, m => Assert.Same(matchers[0], m));
    }

    private void WriteFolder(string work)
    {
        File.WriteAllText(Path.Combine(_folder, "slang.yaml"), "slang:\n  gmn: bagaimana\n");
        File.WriteAllText(Path.Combine(_folder, "stopwords.yaml"), "stopwords: [yang, di]\nquestion_words: [apa, berapa]\n");
        File.WriteAllText(Path.Combine(_folder, "a.yaml"), $"""
            topics:
              - id: iuran
                title: Iuran
                examples: [berapa iuran sebulan, iuran bulanan berapa, bayar iuran berapa]
                answer: Iuran dibayar tiap bulan.
                followups: []
                last_checked: 2026-11-23
              - id: kecelakaan
                title: Kecelakaan
                examples: [kecelakaan kerja ditanggung, kecelakaan waktu kerja, {work} di laut]
                answer: Kecelakaan kerja ditanggung.
                followups: []
                last_checked: 2026-11-23
            """);
    }
}
