namespace Jamsostek.Dialogs.Parsing;

/// <summary>
/// Splits a date answer into digit runs and letter runs; every other character separates.
/// "17agustus1985" and "17-Agt-'85" both give 17 / agustus|agt / 1985|85.
/// </summary>
internal static class DateTokens
{
    public readonly record struct Token(string Text, bool IsNumber);

    public static List<Token> Split(string input)
    {
        var text = TextNormalizer.Normalize(input);
        var tokens = new List<Token>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var boundary = i == text.Length
                || !char.IsLetterOrDigit(text[i])
                || (start >= 0 && char.IsAsciiDigit(text[i]) != char.IsAsciiDigit(text[start]));
            if (boundary && start >= 0)
            {
                var word = text[start..i];
                tokens.Add(new Token(word, char.IsAsciiDigit(word[0])));
                start = -1;
            }

            if (i < text.Length && char.IsLetterOrDigit(text[i]) && start < 0)
            {
                start = i;
            }
        }

        return tokens;
    }
}
