namespace Jamsostek.Bot.Channels.Telegram;

/// <summary>
/// Cuts a text into parts of at most <c>max</c> UTF-16 units, preferring a paragraph break, then a line
/// break, then a space, and never cutting a surrogate pair (an emoji) in two.
/// </summary>
internal static class TelegramTextSplitter
{
    public static IReadOnlyList<string> Split(string text, int max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 2);
        var parts = new List<string>();
        var rest = text.Trim();
        while (rest.Length > max)
        {
            var cut = FindCut(rest, max);
            var part = rest[..cut].TrimEnd();
            if (part.Length > 0)
            {
                parts.Add(part);
            }

            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0)
        {
            parts.Add(rest);
        }

        return parts;
    }

    private static int FindCut(string text, int max)
    {
        // Do not accept a boundary in the first quarter: that would leave a tiny part.
        var floor = max / 4;
        var window = text.AsSpan(0, max + 1);
        foreach (var separator in new[] { "\n\n", "\n", " " })
        {
            var at = window.LastIndexOf(separator.AsSpan(), StringComparison.Ordinal);
            if (at >= floor && at > 0)
            {
                return at;
            }
        }

        return char.IsHighSurrogate(text[max - 1]) ? max - 1 : max;
    }
}
