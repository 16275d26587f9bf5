using BenchmarkDotNet.Attributes;
using Jamsostek.Dialogs.Knowledge;

namespace Jamsostek.Bot.Benchmarks;

/// <summary>Answer speed of the FAQ matcher: one question after start-up, and the start-up itself.</summary>
[MemoryDiagnoser]
public class KnowledgeMatcherBenchmarks : IDisposable
{
    private string _directory = "";
    private KnowledgeBase? _knowledge;
    private KnowledgeMatcher? _matcher;

    [Params("brp iuran nya sebulan", "klo kecelakaan pas narik ojek ditanggung ga", "anak sy bs dpt beasiswa?", "harga beras brp")]
    public string Question { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _directory = FindKnowledgeDirectory();
        _knowledge = KnowledgeBase.Load(_directory);
        _matcher = KnowledgeMatcher.Build(_knowledge);
    }

    [Benchmark]
    public KnowledgeMatch Match() => _matcher!.Match(Question);

    [Benchmark]
    public int LoadAndBuild()
    {
        using var matcher = KnowledgeMatcher.Build(KnowledgeBase.Load(_directory));
        return matcher.Match(Question).Closest.Count;
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _matcher?.Dispose();
        GC.SuppressFinalize(this);
    }

    // BenchmarkDotNet runs from a generated folder under bin/, so walk up to the repository root.
    private static string FindKnowledgeDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Jamsostek.Bot.sln")))
            {
                return Path.Combine(dir.FullName, "dialogs", "pengetahuan");
            }
        }

        throw new InvalidOperationException("Jamsostek.Bot.sln not found");
    }
}
