namespace Jamsostek.Dialogs.Parsing;

/// <summary>
/// Optimal-string-alignment Damerau-Levenshtein distance: thumbs on small keyboards swap neighbours
/// ("nelyaan") as often as they miss or double a key, so a swap costs one edit.
/// </summary>
internal static class EditDistance
{
    /// <summary>The distance between <paramref name="a"/> and <paramref name="b"/>, or <paramref name="limit"/> once it is sure to be at least that.</summary>
    /// <param name="limit">A cut-off for searches that only want something closer than their best so far.</param>
    public static int Between(string a, string b, int limit = int.MaxValue)
    {
        if (a.Length == 0)
        {
            return Math.Min(b.Length, limit);
        }

        if (b.Length == 0)
        {
            return Math.Min(a.Length, limit);
        }

        // Three rows suffice: a swap looks back two rows. Words are short; a long text goes to the heap.
        var width = b.Length + 1;
        Span<int> rows = width <= 128 ? stackalloc int[3 * width] : new int[3 * width];
        var previous2 = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(2 * width, width);
        for (var j = 0; j < width; j++)
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

        return Math.Min(previous[b.Length], limit);
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
