using System.Collections.Frozen;

namespace Jamsostek.Bpu;

/// <summary>
/// Indonesia's administrative regions (idn-area-data 4.0.1, ODbL), immutable after loading, so one
/// instance can be shared by every conversation and thread.
/// </summary>
public sealed class RegionCatalog
{
    private const string ResourcePrefix = "Jamsostek.Bpu.Data.";

    // Read once a process (LoadEmbedded).
    private static readonly Lazy<RegionCatalog> Embedded = new(LoadEmbeddedCopy);

    private readonly FrozenDictionary<string, Province> _provinces;
    private readonly FrozenDictionary<string, Regency> _regencies;
    private readonly FrozenDictionary<string, District> _districts;
    private readonly FrozenDictionary<string, Village> _villages;
    private readonly FrozenDictionary<string, Regency[]> _regenciesByProvince;
    private readonly FrozenDictionary<string, District[]> _districtsByRegency;
    private readonly FrozenDictionary<string, Village[]> _villagesByDistrict;

    internal RegionCatalog(
        IEnumerable<Province> provinces,
        IEnumerable<Regency> regencies,
        IEnumerable<District> districts,
        IEnumerable<Village> villages)
    {
        var regencyList = regencies.ToList();
        var districtList = districts.ToList();
        var villageList = villages.ToList();
        _provinces = provinces.ToFrozenDictionary(p => p.Code, StringComparer.Ordinal);
        _regencies = regencyList.ToFrozenDictionary(r => r.Code, StringComparer.Ordinal);
        _districts = districtList.ToFrozenDictionary(d => d.Code, StringComparer.Ordinal);
        _villages = villageList.ToFrozenDictionary(v => v.Code, StringComparer.Ordinal);
        AllRegencies = regencyList.AsReadOnly();
        _regenciesByProvince = GroupByParent(regencyList, r => r.ProvinceCode);
        _districtsByRegency = GroupByParent(districtList, d => d.RegencyCode);
        _villagesByDistrict = GroupByParent(villageList, v => v.DistrictCode);
    }

    /// <summary>
    /// The four CSV files embedded in this assembly, read once a process: the catalogue is immutable, and every host
    /// (and every test host) asking for its own copy of the 83 762 villages cost time and memory for nothing.
    /// </summary>
    public static RegionCatalog LoadEmbedded() => Embedded.Value;

    /// <summary>A new copy read from the embedded CSV files: the start-up cost LoadEmbedded pays once (the benchmark measures it).</summary>
    public static RegionCatalog LoadEmbeddedCopy() => new(
        ReadEmbedded("provinces.csv", 2).Select(f => new Province(f[0], f[1])),
        ReadEmbedded("regencies.csv", 3).Select(f => new Regency(f[0], f[1], f[2])),
        ReadEmbedded("districts.csv", 3).Select(f => new District(f[0], f[1], f[2])),
        ReadEmbedded("villages.csv", 3).Select(f => new Village(f[0], f[1], f[2])));

    /// <summary>Every regency and city, in code order: what a typed regency name is matched against.</summary>
    public IReadOnlyList<Regency> AllRegencies { get; }

    public Province? FindProvince(string code) => _provinces.GetValueOrDefault(code);

    public Regency? FindRegency(string code) => _regencies.GetValueOrDefault(code);

    public District? FindDistrict(string code) => _districts.GetValueOrDefault(code);

    public Village? FindVillage(string code) => _villages.GetValueOrDefault(code);

    /// <summary>Regencies and cities of a province in code order; empty for an unknown code.</summary>
    public IReadOnlyList<Regency> RegenciesOf(string provinceCode) =>
        _regenciesByProvince.GetValueOrDefault(provinceCode) ?? [];

    public IReadOnlyList<District> DistrictsOf(string regencyCode) =>
        _districtsByRegency.GetValueOrDefault(regencyCode) ?? [];

    public IReadOnlyList<Village> VillagesOf(string districtCode) =>
        _villagesByDistrict.GetValueOrDefault(districtCode) ?? [];

    /// <summary>
    /// The time zone of a province (a longer code such as "63.06" works too). Throws for a code that
    /// is in no zone, because guessing would put reminders at the wrong hour.
    /// </summary>
    public IndonesianTimeZone TimeZoneOf(string provinceCode) =>
        IndonesianTimeZone.ForProvince(provinceCode)
        ?? throw new ArgumentException($"Province code '{provinceCode}' is not in any Indonesian time zone.", nameof(provinceCode));

    private static FrozenDictionary<string, T[]> GroupByParent<T>(List<T> items, Func<T, string> parent) =>
        items.GroupBy(parent, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    private static List<string[]> ReadEmbedded(string fileName, int fields)
    {
        var name = ResourcePrefix + fileName;
        using var stream = typeof(RegionCatalog).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidDataException($"Embedded resource '{name}' is missing.");
        using var reader = new StreamReader(stream);
        return CsvRows.Read(reader.ReadToEnd(), fields, fileName);
    }
}
