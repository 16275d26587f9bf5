namespace Jamsostek.Bpu;

/// <summary>A regency (kabupaten) or city (kota), coded "PP.RR", e.g. "63.06".</summary>
public sealed record Regency(string Code, string ProvinceCode, string Name)
{
    private const string KabupatenPrefix = "Kabupaten ";

    /// <summary>
    /// The short form people write and chat screens have room for: "Kab. Hulu Sungai Selatan";
    /// cities keep "Kota " because "Kota X" and "Kab. X" can both exist (e.g. Banjar).
    /// </summary>
    public string DisplayName => Name.StartsWith(KabupatenPrefix, StringComparison.Ordinal)
        ? string.Concat("Kab. ", Name.AsSpan(KabupatenPrefix.Length))
        : Name;
}
