using System.Collections.Frozen;
using System.Text;

namespace Jamsostek.Dialogs.Knowledge;

/// <summary>
/// Turns a question typed in chat style into plain lower-case Indonesian words: punctuation and emoji
/// dropped, stretched letters collapsed ("bisaaa"), "anak2" doubled, digits split from units ("5jt"),
/// and each word looked up in the slang dictionary (data from slang.yaml, so staff extend it without a release).
/// Immutable, so safe to share between concurrent chats.
/// </summary>
public sealed class QuestionNormalizer
{
    private readonly FrozenDictionary<string, string> _slang;

    public QuestionNormalizer(IReadOnlyDictionary<string, string> slang)
    {
        ArgumentNullException.ThrowIfNull(slang);
        _slang = slang.ToFrozenDictionary(
            pair => pair.Key.Trim().ToLowerInvariant(),
            pair => pair.Value.Trim().ToLowerInvariant(),
            StringComparer.Ordinal);
    }

    /// <summary>The normalised question: words separated by single spaces, empty when nothing readable is left.</summary>
    public string Normalize(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var output = new StringBuilder(question.Length + 16);
        foreach (var raw in SplitWords(question))
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
        return single != word && _slang.TryGetValue(single, out normal) ? normal : word;
    }

    private static IEnumerable<string> SplitWords(string text)
    {
        var word = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
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
}
