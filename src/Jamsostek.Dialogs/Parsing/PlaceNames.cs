using System.Collections.Frozen;

namespace Jamsostek.Dialogs.Parsing;

/// <summary>
/// Brings place names to one key: "Ds. Sei Raya" and "sungai raya" are the same village, written
/// with the abbreviations common on KTPs and signboards.
/// </summary>
internal static class PlaceNames
{
    private static readonly FrozenDictionary<string, string> Abbreviations = new Dictionary<string, string>
    {
        ["sei"] = "sungai", ["sng"] = "sungai", ["kp"] = "kampung", ["kpg"] = "kampung", ["kamp"] = "kampung",
        ["ds"] = "desa", ["kel"] = "kelurahan", ["kec"] = "kecamatan", ["kab"] = "kabupaten",
        ["tj"] = "tanjung", ["tg"] = "tanjung", ["tjg"] = "tanjung", ["tanjong"] = "tanjung",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Kinds of area, not part of the name: "desa sungai raya" is the village "Sungai Raya".
    private static readonly FrozenSet<string> AreaKinds =
        new[] { "desa", "kelurahan", "kecamatan", "kabupaten" }.ToFrozenSet(StringComparer.Ordinal);

    public static string Key(string name)
    {
        var words = TextNormalizer.Normalize(name)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => Abbreviations.GetValueOrDefault(w, w))
            .ToList();
        while (words.Count > 1 && AreaKinds.Contains(words[0]))
        {
            words.RemoveAt(0);
        }

        return string.Join(' ', words);
    }
}
