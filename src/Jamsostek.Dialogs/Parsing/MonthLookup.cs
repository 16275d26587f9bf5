using System.Collections.Frozen;

namespace Jamsostek.Dialogs.Parsing;

/// <summary>Recognises a month written as a word: Indonesian, English, the usual abbreviations and small typos.</summary>
internal static class MonthLookup
{
    private static readonly string[][] FullNames =
    [
        ["januari", "january"],
        ["februari", "pebruari", "february"],
        ["maret", "march"],
        ["april"],
        ["mei", "may"],
        ["juni", "june"],
        ["juli", "july"],
        ["agustus", "august"],
        ["september"],
        ["oktober", "october"],
        ["november", "nopember"],
        ["desember", "december"],
    ];

    // Abbreviations that are not simply the start of a full name.
    private static readonly FrozenDictionary<string, int> Extra = new Dictionary<string, int>
    {
        ["peb"] = 2, ["agt"] = 8, ["ags"] = 8, ["agst"] = 8, ["nop"] = 11, ["des"] = 12, ["dec"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Month number 1-12, or 0 when the word is not a month.</summary>
    public static int Find(string word)
    {
        if (Extra.TryGetValue(word, out var extra))
        {
            return extra;
        }

        if (word.Length >= 3)
        {
            for (var m = 0; m < FullNames.Length; m++)
            {
                if (FullNames[m].Any(n => n.StartsWith(word, StringComparison.Ordinal)))
                {
                    return m + 1; // "agu", "sept", "okt": a 3+ letter start names one month only.
                }
            }
        }

        return word.Length >= 5 ? FindMisspelt(word) : 0;
    }

    // "febuari", "agutus": accept a unique closest full name within the length-aware tolerance.
    private static int FindMisspelt(string word)
    {
        var best = 0;
        var bestDistance = int.MaxValue;
        var tie = false;
        for (var m = 0; m < FullNames.Length; m++)
        {
            var distance = FullNames[m].Min(n => EditDistance.Between(word, n));
            if (distance < bestDistance)
            {
                (best, bestDistance, tie) = (m + 1, distance, false);
            }
            else if (distance == bestDistance && best != m + 1)
            {
                tie = true;
            }
        }

        var allowed = Math.Min(2, EditDistance.Tolerance(word.Length));
        return !tie && bestDistance <= allowed ? best : 0;
    }
}
