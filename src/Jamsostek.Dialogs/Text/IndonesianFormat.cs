using System.Globalization;

namespace Jamsostek.Dialogs.Text;

/// <summary>
/// Writes numbers, dates and phone numbers the way the bot's style guide shows them
/// (shared/docs/bahasa-style.md), independent of the machine's culture.
/// </summary>
public static class IndonesianFormat
{
    private static readonly string[] MonthNames =
    [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni",
        "Juli", "Agustus", "September", "Oktober", "November", "Desember",
    ];

    // Read-only, so sharing it is safe: dot for thousands, comma for decimals, as Indonesians write.
    private static readonly NumberFormatInfo Rupiah = NumberFormatInfo.ReadOnly(new NumberFormatInfo
    {
        NumberGroupSeparator = ".",
        NumberDecimalSeparator = ",",
        NegativeSign = "-",
    });

    /// <summary>"Rp16.800": whole rupiah, dot thousands, no space.</summary>
    public static string Money(decimal amount)
    {
        var rounded = Math.Round(amount, 0, MidpointRounding.AwayFromZero);
        var digits = Math.Abs(rounded).ToString("#,0", Rupiah);
        return rounded < 0 ? "-Rp" + digits : "Rp" + digits;
    }

    /// <summary>"Rp2,6 juta", "Rp750 ribu"; amounts under 100 ribu stay exact ("Rp16.800") because a
    /// rounded "Rp17 ribu" would misstate a contribution.</summary>
    public static string MoneyShort(decimal amount)
    {
        var sign = amount < 0 ? "-" : string.Empty;
        var abs = Math.Abs(amount);
        if (abs < 100_000m)
        {
            return Money(amount);
        }

        var ribu = Math.Round(abs / 1_000m, 1, MidpointRounding.AwayFromZero);
        if (ribu < 1_000m)
        {
            return sign + "Rp" + OneDecimal(ribu) + " ribu";
        }

        var juta = Math.Round(abs / 1_000_000m, 1, MidpointRounding.AwayFromZero);
        if (juta < 1_000m)
        {
            return sign + "Rp" + OneDecimal(juta) + " juta";
        }

        var miliar = Math.Round(abs / 1_000_000_000m, 1, MidpointRounding.AwayFromZero);
        return sign + "Rp" + OneDecimal(miliar) + " miliar";
    }

    /// <summary>"15 Desember 2026".</summary>
    public static string Date(DateOnly date) =>
        date.Day.ToString(CultureInfo.InvariantCulture) + " " + Month(date);

    /// <summary>"15 Desember 2026 pukul 09.00 WITA": the zone is always shown because Indonesia spans three.</summary>
    public static string DateTime(DateTimeOffset local, string zoneAbbreviation)
    {
        var date = DateOnly.FromDateTime(local.DateTime);
        var time = local.Hour.ToString("00", CultureInfo.InvariantCulture) + "."
            + local.Minute.ToString("00", CultureInfo.InvariantCulture);
        var text = Date(date) + " pukul " + time;
        return string.IsNullOrWhiteSpace(zoneAbbreviation) ? text : text + " " + zoneAbbreviation.Trim();
    }

    /// <summary>"Desember 2026", as in "iuran bulan Desember 2026".</summary>
    public static string Month(DateOnly date) =>
        MonthName(date.Month) + " " + date.Year.ToString(CultureInfo.InvariantCulture);

    /// <summary>"+6281251234567" → "0812-5123-4567": the national form people recognise, in groups of 4-4-rest.</summary>
    public static string Phone(string e164)
    {
        ArgumentNullException.ThrowIfNull(e164);
        var digits = new string(e164.Where(char.IsAsciiDigit).ToArray());
        string national;
        if (digits.StartsWith("62", StringComparison.Ordinal))
        {
            national = "0" + digits[2..];
        }
        else if (digits.StartsWith('0'))
        {
            national = digits;
        }
        else
        {
            return e164; // Not an Indonesian number: show it untouched rather than mangle it.
        }

        if (national.Length <= 8)
        {
            return national;
        }

        return national[..4] + "-" + national[4..8] + "-" + national[8..];
    }

    /// <summary>Indonesian month name, 1 = "Januari".</summary>
    public static string MonthName(int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return MonthNames[month - 1];
    }

    private static string OneDecimal(decimal value) =>
        value.ToString("0.#", Rupiah);
}
