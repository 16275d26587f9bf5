using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace Jamsostek.Dialogs.Knowledge;

/// <summary>
/// Turns a question typed in chat style into plain lower-case Indonesian words: amounts of money replaced
/// by one placeholder word, punctuation and emoji dropped, stretched letters collapsed ("bisaaa"), "anak2"
/// doubled, digits split from units ("5jt"), the particles -nya/-ny/-lah/-kah split off, and each word
/// looked up in the slang dictionary (data from slang.yaml, so staff extend it without a release).
/// Immutable, so safe to share between concurrent chats.
/// </summary>
public sealed partial class QuestionNormalizer
{
    /// <summary>
    /// Stands for any amount of money: "iuran 3.000.000" and "iuran 16.800" are the same question shape,
    /// and dotted digits must not break into unknown words that sink the score. No Indonesian affix in it,
    /// so the stemmer leaves it whole.
    /// </summary>
    public const string AmountWord = "nominaluang";

    private const int MinStemLength = 4; // "punya", "hanya" must not lose a "nya"

    private static readonly string[] Particles = ["nya", "lah", "kah", "ny"];

    private readonly FrozenDictionary<string, string> _slang;
    private readonly FrozenSet<string> _keepWhole;

    public QuestionNormalizer(IReadOnlyDictionary<string, string> slang, IEnumerable<string>? keepWhole = null)
    {
        ArgumentNullException.ThrowIfNull(slang);
        _slang = slang.ToFrozenDictionary(
            pair => pair.Key.Trim().ToLowerInvariant(),
            pair => pair.Value.Trim().ToLowerInvariant(),
            StringComparer.Ordinal);
        _keepWhole = (keepWhole ?? []).Select(w => w.Trim().ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The normalised question: words separated by single spaces, empty when nothing readable is left.</summary>
    public string Normalize(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var output = new StringBuilder(question.Length + 16);
        foreach (var raw in SplitWords(Amount().Replace(question.ToLowerInvariant(), " " + AmountWord + " ")))
        {
            foreach (var word in ExpandDigits(raw))
            {
                var replacement = Lookup(word);
                if (replacement.Length == 0)
                {
                    continue;
                }

                if (output.Length > 0)
                {
                    output.Append(' ');
                }

                output.Append(replacement);
            }
        }

        return output.ToString();
    }

    private string Lookup(string word)
    {
        if (_slang.TryGetValue(word, out var normal))
        {
            return normal;
        }

        // Stretched slang sometimes doubles a letter only ("kaloo", "gmnn"): try it with doubles collapsed too.
        var single = CollapseRepeats(word, 2);
        if (single != word && _slang.TryGetValue(single, out normal))
        {
            return normal;
        }

        // "kartunya", "iuranny", "bisakah": the particle carries no topic, the stem may be slang ("dapetnya").
        if (!_keepWhole.Contains(word) && !word.Any(char.IsDigit))
        {
            foreach (var particle in Particles)
            {
                if (word.Length - particle.Length >= MinStemLength && word.EndsWith(particle, StringComparison.Ordinal))
                {
                    var stem = word[..^particle.Length];
                    return _slang.TryGetValue(stem, out normal) ? normal : stem;
                }
            }
        }

        return word;
    }

    private static IEnumerable<string> SplitWords(string text)
    {
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
                continue;
            }

            if (word.Length > 0)
            {
                yield return CollapseRepeats(word.ToString(), 3);
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            yield return CollapseRepeats(word.ToString(), 3);
        }
    }

    // "anak2" is written reduplication ("anak-anak"); "5jt", "2juta" glue a number to its unit.
    private static IEnumerable<string> ExpandDigits(string word)
    {
        if (word.Length > 2 && word[^1] == '2' && char.IsLetter(word[^2]))
        {
            var stem = word[..^1];
            yield return stem;
            yield return stem;
            yield break;
        }

        var start = 0;
        for (var i = 1; i <= word.Length; i++)
        {
            if (i == word.Length || char.IsDigit(word[i]) != char.IsDigit(word[i - 1]))
            {
                yield return word[start..i];
                start = i;
            }
        }
    }

    /// <summary>
    /// Writes a run of at least <paramref name="minRun"/> copies of one letter as a single letter
    /// ("bisaaa" -> "bisa"); shorter runs and digits stay as typed, since "saat" and "maaf" are real doubles.
    /// </summary>
    private static string CollapseRepeats(string word, int minRun)
    {
        var sb = new StringBuilder(word.Length);
        var i = 0;
        while (i < word.Length)
        {
            var end = i + 1;
            while (end < word.Length && word[end] == word[i])
            {
                end++;
            }

            var run = end - i;
            sb.Append(word[i], run >= minRun && char.IsLetter(word[i]) ? 1 : run);
            i = end;
        }

        return sb.ToString();
    }

    // Money as workers type it: with a unit ("3 juta", "5jt", "750rb", "2,5 jt"), with "Rp", or with
    // thousands dots ("16.800", "3.000.000"), or a bare number of 5 to 9 digits. Ages, years, "3 bulan" stay,
    // and so do 10+ digit runs: a phone number or a NIK typed alone is not an income to quote.
    [GeneratedRegex(
        @"(?<![\p{L}\d])(?:rp\.?\s*\d[\d.,]*(?:,-)?(?:\s*(?:juta|jt|jtan|ribu|rb|rbu|k)(?![\p{L}]))?|\d+(?:[.,]\d+)?\s*(?:juta|jt|jtan|ribu|rb|rbu|k)(?![\p{L}])|\d{1,3}(?:\.\d{3})+(?:,\d+)?(?:,-)?|\d{5,9})(?![\p{L}\d])",
        RegexOptions.CultureInvariant)]
    private static partial Regex Amount();
}
