using System.Collections.Frozen;

namespace Jamsostek.Dialogs.Parsing;

/// <summary>
/// Reads a yes/no answer. Strict on purpose: consent must be clear, so "ya tapi..." or "gak tau"
/// is not taken as an answer and the bot asks again.
/// </summary>
public static class YesNoParser
{
    private const string Problem = "Jawaban Anda belum jelas bagi kami. Ketik \"ya\" atau \"tidak\".";

    // Compared after every doubled letter is squeezed ("iyaa" → "iya", "nggak" → "ngak"), so list squeezed forms.
    private static readonly FrozenSet<string> Yes = Squeezed(
        "ya", "iya", "iy", "y", "yes", "yup", "yap", "ok", "oke", "okay", "okey", "okeh", "setuju", "benar", "betul",
        "bener", "boleh", "siap", "sip", "mau", "lanjut", "lanjutkan", "jadi", "tentu", "baik", "baiklah");

    private static readonly FrozenSet<string> No = Squeezed(
        "tidak", "tdk", "tak", "gak", "ga", "gk", "nggak", "ngga", "enggak", "engga", "ndak", "nda", "kagak",
        "no", "nope", "n", "jangan", "bukan", "belum", "batal");

    // Polite padding that changes nothing: "iya kak", "saya setuju", "oke deh".
    private static readonly FrozenSet<string> Filler = Squeezed(
        "saya", "aku", "kak", "pak", "bu", "bapak", "ibu", "mas", "mbak", "min", "dong", "deh", "aja", "saja", "sih");

    private static readonly string[] YesEmoji = ["👍", "👌", "✅", "🙆"];
    private static readonly string[] NoEmoji = ["👎", "❌", "🙅"];

    public static ParseResult<bool> Parse(string input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return ParseResult<bool>.Failure(Problem);
        }

        var words = TextNormalizer.SqueezeLetters(TextNormalizer.Normalize(input), 2)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !Filler.Contains(w))
            .ToList();

        if (words.Count == 0)
        {
            return FromEmoji(input);
        }

        // "tidak setuju", "gak mau", "belum": a no-word first turns everything after it into a no.
        if (No.Contains(words[0]) && words.Skip(1).All(w => Yes.Contains(w) || No.Contains(w)))
        {
            return ParseResult<bool>.Success(false);
        }

        if (words.All(Yes.Contains))
        {
            return ParseResult<bool>.Success(true);
        }

        return ParseResult<bool>.Failure(Problem);
    }

    private static ParseResult<bool> FromEmoji(string input)
    {
        var yes = YesEmoji.Any(e => input.Contains(e, StringComparison.Ordinal));
        var no = NoEmoji.Any(e => input.Contains(e, StringComparison.Ordinal));
        return yes == no ? ParseResult<bool>.Failure(Problem) : ParseResult<bool>.Success(yes);
    }

    private static FrozenSet<string> Squeezed(params string[] words) =>
        words.Select(w => TextNormalizer.SqueezeLetters(w, 2)).ToFrozenSet(StringComparer.Ordinal);
}
