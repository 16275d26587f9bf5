using System.Globalization;
using System.Text;

namespace Jamsostek.Dialogs.Parsing;

/// <summary>
/// Brings chat text to one comparable form: people type on phones, with caps, stray punctuation,
/// stretched letters ("iyaaa") and sometimes accents from auto-correct.
/// </summary>
public static class TextNormalizer
{
    public static string Normalize(string input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return string.Empty;
        }

        var decomposed = input.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var raw in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(raw) == UnicodeCategory.NonSpacingMark)
            {
                continue; // "é" → "e": accents carry no meaning in Indonesian answers.
            }

            var c = char.ToLowerInvariant(raw);
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                pendingSpace = false;
                sb.Append(c);
            }
            else
            {
                // Punctuation becomes a word break so "no.2" and "ojek-online" keep their words apart.
                pendingSpace = true;
            }
        }

        return SqueezeLetters(sb.ToString(), 3);
    }

    /// <summary>Collapses runs of the same letter of at least <paramref name="minRun"/> to one letter; digits stay.</summary>
    internal static string SqueezeLetters(string text, int minRun)
    {
        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var j = i;
            while (j < text.Length && text[j] == c)
            {
                j++;
            }

            var run = j - i;
            sb.Append(c, char.IsLetter(c) && run >= minRun ? 1 : run);
            i = j;
        }

        return sb.ToString();
    }
}
