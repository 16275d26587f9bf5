using System.Globalization;

namespace Jamsostek.Dialogs.Parsing;

/// <summary>
/// Reads typed digits whose separators may mean thousands or decimals. Indonesians write "1.500.000"
/// and "2,5", but phones and habits from English give "1,500,000" and "2.5jt" too.
/// </summary>
internal static class MoneyNumber
{
    /// <summary>The value, or null when the grouping cannot be read. <paramref name="unitFactor"/> is the
    /// multiplier typed right after (1 when none).</summary>
    public static decimal? Read(string raw, decimal unitFactor)
    {
        var dots = raw.Count(c => c == '.');
        var commas = raw.Count(c => c == ',');
        if (dots == 0 && commas == 0)
        {
            return Digits(raw);
        }

        if (dots > 0 && commas > 0)
        {
            // The separator used last is the decimal one: "1.500.000,50" or "1,500,000.50".
            var decimalSep = raw.LastIndexOf('.') > raw.LastIndexOf(',') ? '.' : ',';
            var groupSep = decimalSep == '.' ? ',' : '.';
            if (raw.Count(c => c == decimalSep) != 1)
            {
                return null;
            }

            var cut = raw.IndexOf(decimalSep, StringComparison.Ordinal);
            var whole = Grouped(raw[..cut], groupSep);
            return whole is null ? null : whole + Fraction(raw[(cut + 1)..]);
        }

        var sep = dots > 0 ? '.' : ',';
        if (dots + commas > 1)
        {
            return Grouped(raw, sep); // "1.500.000" or "1,500,000": only thousands separators repeat.
        }

        var at = raw.IndexOf(sep, StringComparison.Ordinal);
        var after = raw[(at + 1)..];
        if (after.Length == 3 && unitFactor < 1_000_000m)
        {
            return Grouped(raw, sep); // "1.500" = 1500, "1.500 rb" = 1500 ribu.
        }

        if (after.Length <= 3)
        {
            // "2,5 jt", "2.5jt", "1,250 juta": nobody earns 1250 juta, so with juta it is a decimal.
            return Digits(raw[..at]) + Fraction(after);
        }

        return null;
    }

    private static decimal? Grouped(string raw, char sep)
    {
        var groups = raw.Split(sep);
        if (groups[0].Length is < 1 or > 3 || groups.Skip(1).Any(g => g.Length != 3))
        {
            return null;
        }

        return Digits(string.Concat(groups));
    }

    private static decimal Digits(string digits) =>
        digits.Length == 0 ? 0m : decimal.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    private static decimal Fraction(string digits) =>
        digits.Length == 0 ? 0m : Digits(digits) / (decimal)Math.Pow(10, digits.Length);
}
