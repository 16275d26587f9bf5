using System.Globalization;
using Jamsostek.Dialogs.Text;

namespace Jamsostek.Dialogs.Parsing;

/// <summary>
/// Reads a (birth) date as Indonesians type it: day first, month as number or word, 2- or 4-digit year.
/// Only ISO "1985-08-17" is read year first, because a 4-digit opening number cannot be a day.
/// </summary>
public static class DateParser
{
    private const string Example = "Ketik tanggal seperti 17-08-1985.";

    public static ParseResult<DateOnly> Parse(string input, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return Fail("Tanggal belum Anda ketik.");
        }

        var tokens = DateTokens.Split(input);
        var numbers = tokens.Where(t => t.IsNumber).Select(t => t.Text).ToList();
        var months = tokens.Where(t => !t.IsNumber).Select(t => MonthLookup.Find(t.Text)).Where(m => m > 0).ToList();

        if (numbers.Count == 0)
        {
            return Fail("Kami belum menemukan angka tanggal di jawaban Anda.");
        }

        if (months.Count > 1)
        {
            return Fail("Ada lebih dari satu nama bulan di jawaban Anda.");
        }

        return months.Count == 1
            ? WithMonthWord(numbers, months[0], today)
            : NumbersOnly(numbers, today);
    }

    private static ParseResult<DateOnly> NumbersOnly(List<string> numbers, DateOnly today)
    {
        if (numbers.Count == 1)
        {
            return Compact(numbers[0], today);
        }

        if (numbers.Count == 2)
        {
            return Fail("Tanggal, bulan, dan tahun perlu ditulis lengkap.");
        }

        if (numbers.Count > 3)
        {
            return Fail("Ada terlalu banyak angka di jawaban Anda.");
        }

        return numbers[0].Length == 4
            ? Build(numbers[2], numbers[1], numbers[0], today)
            : Build(numbers[0], numbers[1], numbers[2], today);
    }

    private static ParseResult<DateOnly> WithMonthWord(List<string> numbers, int month, DateOnly today)
    {
        if (numbers.Count != 2)
        {
            return numbers.Count < 2
                ? Fail("Tanggal, bulan, dan tahun perlu ditulis lengkap.")
                : Fail("Ada terlalu banyak angka di jawaban Anda.");
        }

        var month2 = month.ToString("00", CultureInfo.InvariantCulture);

        // "1985 agustus 17" is rare but unambiguous: the 4-digit number is the year.
        return numbers[0].Length == 4 && numbers[1].Length <= 2
            ? Build(numbers[1], month2, numbers[0], today)
            : Build(numbers[0], month2, numbers[1], today);
    }

    // "17081985" (ddmmyyyy), "170885" (ddmmyy), or "19850817" when ddmmyyyy cannot be a date.
    private static ParseResult<DateOnly> Compact(string digits, DateOnly today)
    {
        if (digits.Length == 6)
        {
            return Build(digits[..2], digits[2..4], digits[4..], today);
        }

        if (digits.Length != 8)
        {
            return Fail("Tanggal, bulan, dan tahun perlu ditulis lengkap.");
        }

        var dayFirst = Build(digits[..2], digits[2..4], digits[4..], today);
        if (dayFirst.Ok)
        {
            return dayFirst;
        }

        var yearFirst = Build(digits[6..], digits[4..6], digits[..4], today);
        return yearFirst.Ok ? yearFirst : dayFirst;
    }

    private static ParseResult<DateOnly> Build(string dayText, string monthText, string yearText, DateOnly today)
    {
        if (dayText.Length > 2 || monthText.Length > 2 || (yearText.Length != 2 && yearText.Length != 4))
        {
            return Fail("Kami belum bisa membaca tanggal itu.");
        }

        var day = int.Parse(dayText, CultureInfo.InvariantCulture);
        var month = int.Parse(monthText, CultureInfo.InvariantCulture);
        var year = int.Parse(yearText, CultureInfo.InvariantCulture);

        if (month is < 1 or > 12)
        {
            return Fail($"Bulan {month} tidak ada.");
        }

        if (day is < 1 or > 31)
        {
            return Fail($"Tanggal {day} tidak ada.");
        }

        if (yearText.Length == 2)
        {
            year = ResolveTwoDigitYear(day, month, year, today);
        }

        if (year < 1900)
        {
            return Fail($"Tahun {year} terlalu lama.");
        }

        if (day > DateTime.DaysInMonth(year, month))
        {
            var monthName = IndonesianFormat.MonthName(month);
            return Fail($"Tanggal {day} tidak ada di bulan {monthName} {year}.");
        }

        var date = new DateOnly(year, month, day);
        if (date > today)
        {
            return Fail($"Tanggal {IndonesianFormat.Date(date)} belum lewat.");
        }

        return ParseResult<DateOnly>.Success(date);
    }

    // "85" → the most recent date not after today: 1985 in 2026, and "05" → 2005.
    private static int ResolveTwoDigitYear(int day, int month, int twoDigits, DateOnly today)
    {
        var year = (today.Year / 100 * 100) + twoDigits;
        var lastDay = DateTime.DaysInMonth(year, month);
        var candidate = new DateOnly(year, month, Math.Min(day, lastDay));
        return candidate > today ? year - 100 : year;
    }

    private static ParseResult<DateOnly> Fail(string what) =>
        ParseResult<DateOnly>.Failure(what + " " + Example);
}
