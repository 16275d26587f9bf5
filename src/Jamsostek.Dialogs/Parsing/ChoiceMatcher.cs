using System.Collections.Frozen;

namespace Jamsostek.Dialogs.Parsing;

/// <summary>
/// Matches a free answer to offered options, from the surest reading to the loosest: number, exact
/// name, unique prefix, a name inside a sentence, then a typo. Anything doubtful gives suggestions
/// instead of a guess, because a wrong job or program choice costs the worker more than one more question.
/// </summary>
public static partial class ChoiceMatcher
{
    // Words around a menu number: "no 2", "saya pilih nomor 2".
    private static readonly FrozenSet<string> NumberFiller = new[]
    {
        "saya", "pilih", "no", "nomor", "nomer", "nmr", "pilihan", "angka", "yang", "opsi", "ke",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static ChoiceMatch Match(string input, IReadOnlyList<ChoiceOption> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var text = TextNormalizer.Normalize(input ?? string.Empty);
        if (text.Length == 0 || options.Count == 0)
        {
            return ChoiceMatch.Unsure([]);
        }

        var words = text.Split(' ');
        var rest = words.Where(w => !NumberFiller.Contains(w)).ToList();
        if (rest.Count == 1 && rest[0].All(char.IsAsciiDigit))
        {
            var index = ChoiceNumbering.Pick(options.Select(o => o.Id).ToList(), rest[0]);
            return index >= 0 ? ChoiceMatch.Confident(options[index]) : ChoiceMatch.Unsure([]);
        }

        var candidates = options.Select(o => new Candidate(o, Phrases(o))).ToList();
        var compact = text.Replace(" ", string.Empty, StringComparison.Ordinal);

        var exact = candidates.Where(c => c.Phrases.Any(p => p == text || Compact(p) == compact)).ToList();
        if (exact.Count > 0)
        {
            return Decide(exact, candidates, text, words);
        }

        var prefix = compact.Length >= 3
            ? candidates.Where(c => c.Phrases.Any(p => p.StartsWith(text, StringComparison.Ordinal)
                || Compact(p).StartsWith(compact, StringComparison.Ordinal))).ToList()
            : [];
        if (prefix.Count == 1)
        {
            return ChoiceMatch.Confident(prefix[0].Option);
        }

        // "saya ojol" → ojek. With several options named in the sentence, one wins only when its phrase
        // holds all the others ("jkk jkm jht" holds "jkk jkm"); "petani atau nelayan" stays a question.
        var padded = " " + text + " ";
        var contained = candidates
            .Select(c => (c, Phrase: c.Phrases.Where(p => p.Length >= 2 && padded.Contains(" " + p + " ", StringComparison.Ordinal))
                .OrderByDescending(p => p.Length).FirstOrDefault()))
            .Where(x => x.Phrase is not null)
            .OrderByDescending(x => x.Phrase!.Length)
            .ToList();
        if (contained.Count > 0 && contained.Skip(1).All(x => contained[0].Phrase!.Contains(x.Phrase!, StringComparison.Ordinal)))
        {
            return ChoiceMatch.Confident(contained[0].c.Option);
        }

        if (contained.Count > 1)
        {
            return ChoiceMatch.Unsure(contained.Select(x => x.c.Option));
        }

        var typos = candidates
            .Select(c => (c, Distance: c.Phrases.Select(p => Typo(text, words, p)).Min()))
            .Where(x => x.Distance < int.MaxValue)
            .OrderBy(x => x.Distance)
            .ToList();
        if (typos.Count == 1 || (typos.Count > 1 && typos[0].Distance < typos[1].Distance))
        {
            return ChoiceMatch.Confident(typos[0].c.Option);
        }

        var sure = prefix.Concat(contained.Select(x => x.c)).Concat(typos.Select(x => x.c));
        return ChoiceMatch.Unsure(sure.Concat(Ranked(candidates, text, words)).Select(c => c.Option).Distinct());
    }

    private static ChoiceMatch Decide(List<Candidate> hits, List<Candidate> all, string text, string[] words) =>
        hits.Count == 1
            ? ChoiceMatch.Confident(hits[0].Option)
            : ChoiceMatch.Unsure(hits.Concat(Ranked(all, text, words)).Select(c => c.Option).Distinct());

    /// <summary>Edit distance to the phrase (the whole answer, or a same-length run of its words), or
    /// int.MaxValue when more typos than the phrase length tolerates.</summary>
    private static int Typo(string text, string[] words, string phrase)
    {
        var best = Closeness(text, words, phrase);
        return best <= EditDistance.Tolerance(phrase.Length) ? best : int.MaxValue;
    }

    private static int Closeness(string text, string[] words, string phrase)
    {
        var span = phrase.Count(c => c == ' ') + 1;
        var best = EditDistance.Between(text, phrase);
        for (var i = 0; i + span <= words.Length; i++)
        {
            best = Math.Min(best, EditDistance.Between(string.Join(' ', words, i, span), phrase));
        }

        return best;
    }

    // Below this likeness a hint misleads more than it helps ("dokter" is not "driver", "teman" not "ortu").
    private const double SuggestionFloor = 0.6;

    // Weak hints: options that look clearly alike, most alike first.
    private static IEnumerable<Candidate> Ranked(List<Candidate> candidates, string text, string[] words) =>
        candidates
            .Select(c => (c, Score: c.Phrases.Max(p => 1.0 - ((double)Closeness(text, words, p) / Math.Max(p.Length, 1)))))
            .Where(x => x.Score >= SuggestionFloor)
            .OrderByDescending(x => x.Score)
            .Select(x => x.c);

    private static List<string> Phrases(ChoiceOption option) =>
        new[] { option.Id, option.Label }.Concat(option.Synonyms)
            .Select(TextNormalizer.Normalize)
            .Where(p => p.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    private static string Compact(string phrase) => phrase.Replace(" ", string.Empty, StringComparison.Ordinal);

    private sealed record Candidate(ChoiceOption Option, List<string> Phrases);
}
