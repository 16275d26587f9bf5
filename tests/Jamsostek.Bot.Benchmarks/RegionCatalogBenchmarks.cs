using BenchmarkDotNet.Attributes;
using Jamsostek.Bpu;

namespace Jamsostek.Bot.Benchmarks;

/// <summary>Start-up cost of the region catalogue (83 762 villages from the embedded CSVs): target well under a second.</summary>
[MemoryDiagnoser]
public class RegionCatalogBenchmarks
{
    [Benchmark]
    public RegionCatalog LoadEmbedded() => RegionCatalog.LoadEmbeddedCopy(); // LoadEmbedded itself reads once a process
}
