using System.Collections.Frozen;

namespace Jamsostek.Dialogs.Knowledge;

/// <summary>
/// Replaces a word the knowledge base has never seen by a known word one typo away ("iurn", "kecelakan"),
/// so a slip of the thumb does not cost the match. Immutable after construction.
/// </summary>
internal sealed class SpellingCorrector
{
    private const int MinLength = 4; // shorter words have too many neighbours to guess safely

    private readonly FrozenSet<string> _known;
    private readonly FrozenDictionary<int, (string Word, int Count)[]> _byLength;

    public SpellingCorrector(IEnumerable<string> vocabulary, IEnumerable<string> alsoKnown)
    {
        var counts = vocabulary.GroupBy(w => w, StringComparer.Ordinal)
            .Select(g => (Word: g.Key, Count: g.Count()))
            .Where(x => x.Word.Length >= MinLength && !x.Word.Any(char.IsDigit))
            .OrderByDescending(x => x.Count)
            .ThenBy(x => x.Word, StringComparer.Ordinal)
            .ToList();
        _known = counts.Select(x => x.Word).Concat(alsoKnown).Concat(vocabulary).ToFrozenSet(StringComparer.Ordinal);
        _byLength = counts.GroupBy(x => x.Word.Length).ToFrozenDictionary(g => g.Key, g => g.ToArray());
    }

    public string Correct(string word)
    {
        if (word.Length < MinLength || _known.Contains(word) || word.Any(char.IsDigit))
        {
            return word;
        }

        var maxDistance = word.Length >= 8 ? 2 : 1;
        string? best = null;
        var bestDistance = maxDistance + 1;
        for (var length = word.Length - maxDistance; length <= word.Length + maxDistance; length++)
        {
            // Candidates are ordered by frequency, so the first at the best distance is the most common.
            foreach (var (candidate, _) in _byLength.GetValueOrDefault(length, []))
            {
                var distance = Distance(word, candidate, bestDistance);
                if (distance < bestDistance)
                {
                    (best, bestDistance) = (candidate, distance);
                }
            }
        }

        return best ?? word;
    }

    /// <summary>Optimal string alignment distance (a swap of two letters counts as one typo), cut off at <paramref name="limit"/>.</summary>
    private static int Distance(string a, string b, int limit)
    {
        Span<int> previous2 = stackalloc int[b.Length + 1];
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin >= limit)
            {
                return limit;
            }

            var recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }

        return previous[b.Length];
    }
}
