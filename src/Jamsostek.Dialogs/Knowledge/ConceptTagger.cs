using System.Collections.Frozen;

namespace Jamsostek.Dialogs.Knowledge;

/// <summary>
/// Adds one made-up term per concept of maksud.yaml that a text mentions ("tewas" and "wafat" both add
/// <c>konsepmati</c>), so a word no example of a topic uses still counts for it when its group does: the matcher
/// learns the group from the examples, not each word. Immutable after construction.
/// </summary>
internal sealed class ConceptTagger
{
    public const string Prefix = "konsep";

    // Word or stem -> the concept terms it adds.
    private readonly FrozenDictionary<string, string[]> _concepts;

    public ConceptTagger(IReadOnlyDictionary<string, IReadOnlySet<string>> concepts, Func<string, List<string>> stems)
    {
        _concepts = concepts
            .SelectMany(c => c.Value.SelectMany(w => stems(w).Append(w)).Distinct(StringComparer.Ordinal).Select(w => (Word: w, Term: Prefix + c.Key)))
            .GroupBy(x => x.Word, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Term).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        Terms = concepts.Keys.Select(k => Prefix + k).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Every concept term, so the analyzer leaves them unstemmed and the matcher can tell them from words.</summary>
    public IReadOnlySet<string> Terms { get; }

    /// <summary>The concept terms of a text, from its words and its stemmed terms, each once.</summary>
    public List<string> Tags(IEnumerable<string> words, IEnumerable<string> terms)
    {
        var tags = new List<string>();
        foreach (var word in words.Concat(terms))
        {
            foreach (var tag in _concepts.GetValueOrDefault(word, []))
            {
                if (!tags.Contains(tag, StringComparer.Ordinal))
                {
                    tags.Add(tag);
                }
            }
        }

        return tags;
    }
}
