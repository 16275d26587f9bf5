using System.Collections.Frozen;
using Jamsostek.Dialogs.Parsing;

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
                var distance = EditDistance.Between(word, candidate, bestDistance);
                if (distance < bestDistance)
                {
                    (best, bestDistance) = (candidate, distance);
                }
            }
        }

        return best ?? word;
    }
}
