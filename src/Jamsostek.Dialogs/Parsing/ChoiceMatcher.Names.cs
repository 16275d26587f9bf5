namespace Jamsostek.Dialogs.Parsing;

/// <summary>Name look-ups over long lists (villages, districts), where typos and abbreviations are the rule.</summary>
public static partial class ChoiceMatcher
{
    /// <summary>
    /// Up to <paramref name="max"/> items whose name looks like the input ("sungai raya" finds "Sei Raya"),
    /// nearest first. Items less than half alike are left out, so the list may be empty.
    /// </summary>
    public static IReadOnlyList<T> Closest<T>(string input, IReadOnlyList<T> items, Func<T, string> name, int max)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(name);
        var key = PlaceNames.Key(input ?? string.Empty);
        if (key.Length == 0 || max <= 0)
        {
            return [];
        }

        return items
            .Select((item, index) => (item, index, Score: Likeness(key, PlaceNames.Key(name(item)))))
            .Where(x => x.Score >= 0.5)
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.index)
            .Take(max)
            .Select(x => x.item)
            .ToList();
    }

    /// <summary>
    /// The one item named exactly like the input after normalisation (case, spaces, "Ds."/"Sei" and the
    /// like); default when none or several. A near miss is never taken: "Bambang" could be Bamban or
    /// Bariang, so the caller offers <see cref="Closest"/> for the person to confirm.
    /// </summary>
    public static T? FindByName<T>(string input, IReadOnlyList<T> items, Func<T, string> name)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(name);
        var key = CompactKey(input ?? string.Empty);
        if (key.Length == 0)
        {
            return default;
        }

        var exact = items.Where(item => CompactKey(name(item)) == key).Take(2).ToList();
        return exact.Count == 1 ? exact[0] : default;
    }

    /// <summary>
    /// Like <see cref="Match"/> for a list of place names (districts): a number or an exact name is
    /// taken; anything looser (a typo, a prefix) only comes back as a suggestion to confirm.
    /// </summary>
    public static ChoiceMatch MatchPlace(string input, IReadOnlyList<ChoiceOption> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var match = Match(input, options);
        if (match.Option is not { } option)
        {
            return match;
        }

        var words = TextNormalizer.Normalize(input ?? string.Empty).Split(' ').Where(w => !NumberFiller.Contains(w)).ToList();
        var byNumber = words.Count == 1 && words[0].All(char.IsAsciiDigit);
        if (byNumber || CompactKey(option.Label) == CompactKey(input ?? string.Empty))
        {
            return match;
        }

        return ChoiceMatch.Unsure(new[] { option }.Concat(Closest(input ?? string.Empty, options, o => o.Label, 3)).Distinct());
    }

    private static string CompactKey(string name) => PlaceNames.Key(name).Replace(" ", string.Empty, StringComparison.Ordinal);

    // 1 for the same key; a typed start of the name ("sungai r") counts as close.
    private static double Likeness(string key, string other)
    {
        if (other.Length == 0)
        {
            return 0;
        }

        if (key.Length >= 3 && other.StartsWith(key, StringComparison.Ordinal))
        {
            return 0.9;
        }

        return 1.0 - ((double)EditDistance.Between(key, other) / Math.Max(key.Length, other.Length));
    }
}
