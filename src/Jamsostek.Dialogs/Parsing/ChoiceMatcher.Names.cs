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
    /// The one item named like the input after normalisation, or else the one item within a typo or
    /// two; default when none or when several fit equally (the caller then offers <see cref="Closest"/>).
    /// </summary>
    public static T? FindByName<T>(string input, IReadOnlyList<T> items, Func<T, string> name)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(name);
        var key = PlaceNames.Key(input ?? string.Empty);
        if (key.Length == 0)
        {
            return default;
        }

        var keyed = items.Select(item => (item, Key: PlaceNames.Key(name(item)))).ToList();
        var exact = keyed.Where(x => x.Key == key).ToList();
        if (exact.Count > 0)
        {
            return exact.Count == 1 ? exact[0].item : default;
        }

        var tolerance = Math.Min(2, EditDistance.Tolerance(key.Length));
        var near = keyed
            .Select(x => (x.item, Distance: EditDistance.Between(key, x.Key)))
            .Where(x => x.Distance <= tolerance)
            .OrderBy(x => x.Distance)
            .ToList();
        return near.Count == 1 || (near.Count > 1 && near[0].Distance < near[1].Distance) ? near[0].item : default;
    }

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
