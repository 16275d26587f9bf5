namespace Jamsostek.Dialogs.Parsing;

/// <summary>
/// Optimal-string-alignment Damerau-Levenshtein distance: thumbs on small keyboards swap neighbours
/// ("nelyaan") as often as they miss or double a key, so a swap costs one edit.
/// </summary>
internal static class EditDistance
{
    public static int Between(string a, string b) => Between(a, b, int.MaxValue);

    /// <summary>
    /// The distance, or <paramref name="limit"/> as soon as it cannot come in under it: the spelling corrector
    /// compares a word with every known word of a similar length and needs only the ones closer than its best.
    /// Keeps three rows instead of the whole table.
    /// </summary>
    public static int Between(string a, string b, int limit)
    {
        const int StackLimit = 128;
        var columns = b.Length + 1;
        Span<int> previous2 = columns <= StackLimit ? stackalloc int[columns] : new int[columns];
        Span<int> previous = columns <= StackLimit ? stackalloc int[columns] : new int[columns];
        Span<int> current = columns <= StackLimit ? stackalloc int[columns] : new int[columns];
        for (var j = 0; j < columns; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin >= limit)
            {
                return limit;
            }

            var recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }

        return previous[b.Length];
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
