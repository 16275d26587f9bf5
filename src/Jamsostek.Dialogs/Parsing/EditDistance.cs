namespace Jamsostek.Dialogs.Parsing;

/// <summary>
/// Optimal-string-alignment Damerau-Levenshtein distance: thumbs on small keyboards swap neighbours
/// ("nelyaan") as often as they miss or double a key, so a swap costs one edit.
/// </summary>
internal static class EditDistance
{
    public static int Between(string a, string b)
    {
        if (a.Length == 0)
        {
            return b.Length;
        }

        if (b.Length == 0)
        {
            return a.Length;
        }

        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    best = Math.Min(best, d[i - 2, j - 2] + 1);
                }

                d[i, j] = best;
            }
        }

        return d[a.Length, b.Length];
    }

    /// <summary>
    /// How many typos a word of this length may carry and still count as the same word: none for
    /// short words (too many real words are one edit apart), more for long ones.
    /// </summary>
    public static int Tolerance(int length) => length switch
    {
        <= 3 => 0,
        <= 5 => 1,
        <= 9 => 2,
        _ => 3,
    };
}
