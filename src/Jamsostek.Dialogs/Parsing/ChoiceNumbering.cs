using System.Globalization;

namespace Jamsostek.Dialogs.Parsing;

/// <summary>
/// Which number stands for which offered choice. Usually its position in the list; but when every id is
/// itself a number (payment every 1, 3, 6 or 12 months), a typed number is that id, so "3" means three
/// months and never the third line. Every channel numbers its lists the same way.
/// </summary>
public static class ChoiceNumbering
{
    public static bool ById(IReadOnlyList<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return ids.Count > 0 && ids.All(id => id.Length is > 0 and <= 4 && id.All(char.IsAsciiDigit));
    }

    /// <summary>The number shown before the choice at <paramref name="index"/>.</summary>
    public static string NumberAt(IReadOnlyList<string> ids, int index)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return ById(ids) ? ids[index] : (index + 1).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The index a typed number picks, or -1 (not a number, or no choice has it).</summary>
    public static int Pick(IReadOnlyList<string> ids, string typed)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var text = (typed ?? string.Empty).Trim();
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return -1;
        }

        if (ById(ids))
        {
            return ids.ToList().FindIndex(id => int.Parse(id, CultureInfo.InvariantCulture) == n);
        }

        return n >= 1 && n <= ids.Count ? n - 1 : -1;
    }
}
