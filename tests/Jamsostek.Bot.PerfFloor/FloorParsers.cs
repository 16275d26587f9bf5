using System.Globalization;
using System.Text.RegularExpressions;

namespace Jamsostek.Bot.PerfFloor;

/// <summary>The peer's answer checks, one for one (peer-grammy.js), so both bots refuse and accept the same input.</summary>
public static partial class FloorParsers
{
    public static string? Nik(string text)
    {
        var digits = NikSeparators().Replace(text, "");
        if (!SixteenDigits().IsMatch(digits))
        {
            return null;
        }

        var province = int.Parse(digits.AsSpan(0, 2), CultureInfo.InvariantCulture);
        return province is >= 11 and <= 94 ? digits : null;
    }

    /// <summary>A birth date (dd-mm-yyyy and the like) that is the one the NIK holds, as yyyy-MM-dd.</summary>
    public static string? BirthDate(string text, string nik)
    {
        var m = NumericDate().Match(text);
        if (!m.Success)
        {
            return null;
        }

        int day = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), month = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
        if (year < 100)
        {
            year += year > 30 ? 1900 : 2000;
        }

        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        var nikDay = int.Parse(nik.AsSpan(6, 2), CultureInfo.InvariantCulture) % 40;
        var nikMonth = int.Parse(nik.AsSpan(8, 2), CultureInfo.InvariantCulture);
        var nikYear = int.Parse(nik.AsSpan(10, 2), CultureInfo.InvariantCulture);
        return day == nikDay && month == nikMonth && year % 100 == nikYear
            ? new DateOnly(year, month, day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
    }

    /// <summary>Rupiah a month: "2,5 jt", "750 rb", "2.500.000".</summary>
    public static long? Money(string text)
    {
        var m = MoneyText().Match(text.ToLowerInvariant().Replace("rp.", "", StringComparison.Ordinal).Replace("rp", "", StringComparison.Ordinal).Trim());
        if (!m.Success)
        {
            return null;
        }

        var unit = !m.Groups[2].Success ? 1 : m.Groups[2].Value.StartsWith('j') ? 1_000_000 : 1_000;
        decimal amount;
        if (unit > 1)
        {
            var number = m.Groups[1].Value;
            var comma = number.IndexOf(',', StringComparison.Ordinal);
            if (comma >= 0)
            {
                number = number[..comma] + "." + number[(comma + 1)..];
            }

            if (!decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount))
            {
                return null;
            }
        }
        else if (!decimal.TryParse(m.Groups[1].Value.Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out amount))
        {
            return null;
        }

        var rupiah = (long)Math.Round(amount * unit);
        return rupiah > 0 ? rupiah : null;
    }

    public static string? Phone(string text)
    {
        var digits = NotPhone().Replace(text, "").TrimStart('+');
        if (digits.StartsWith('0'))
        {
            digits = "62" + digits[1..];
        }

        return IndonesianNumber().IsMatch(digits) ? "+" + digits : null;
    }

    /// <summary>The peer's contribution base for an income (its own table, not the regulation's).</summary>
    public static long ContributionBase(long income) => income switch
    {
        < 1_100_000 => 1_000_000,
        < 2_700_000 => 1_000_000 + 200_000 * ((income - 900_000) / 200_000),
        < 8_200_000 => 2_950_000 + 500_000 * ((income - 2_700_000) / 500_000),
        < 20_200_000 => 8_700_000 + 1_000_000 * ((income - 8_200_000) / 1_000_000),
        _ => 20_700_000,
    };

    [GeneratedRegex(@"[\s.-]")]
    private static partial Regex NikSeparators();

    [GeneratedRegex(@"^\d{16}$")]
    private static partial Regex SixteenDigits();

    [GeneratedRegex(@"^(\d{1,2})[-/ .](\d{1,2})[-/ .](\d{2,4})$")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"^([\d.,]+)\s*(jt|juta|rb|ribu)?$")]
    private static partial Regex MoneyText();

    [GeneratedRegex(@"[^\d+]")]
    private static partial Regex NotPhone();

    [GeneratedRegex(@"^62\d{8,13}$")]
    private static partial Regex IndonesianNumber();
}
