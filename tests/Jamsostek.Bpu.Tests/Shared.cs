namespace Jamsostek.Bpu.Tests;

/// <summary>Loaded once for all tests: both are immutable, so sharing them is safe.</summary>
internal static class Shared
{
    private static readonly Lazy<RegionCatalog> LazyRegions = new(RegionCatalog.LoadEmbedded);
    private static readonly Lazy<Tariff> LazyTariff = new(Tariff.LoadEmbedded);

    public static RegionCatalog Regions => LazyRegions.Value;

    public static Tariff Tariff => LazyTariff.Value;

    public static DateOnly Month(string yyyyMm) =>
        DateOnly.ParseExact(yyyyMm + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static DateOnly Date(string iso) =>
        DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
