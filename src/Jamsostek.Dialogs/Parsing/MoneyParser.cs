using System.Globalization;
using Jamsostek.Dialogs.Text;

namespace Jamsostek.Dialogs.Parsing;

/// <summary>Reads rupiah amounts as workers type them: "2,5 jt", "Rp1.500.000,-", "750rb", "dua juta".</summary>
public static class MoneyParser
{
    /// <summary>Above this an answer is a typo (an extra zero, a NIK), not an informal worker's income.</summary>
    private const decimal Absurd = 1_000_000_000m;

    /// <summary>A bare number from here on is money even without "Rp" or a unit.</summary>
    private const decimal BareMoneyFrom = 10_000m;

    /// <summary>
    /// A bare number up to this ("2", "1,5", "sekitar 3") can only mean juta: nobody answers a monthly
    /// income in single rupiah, and a thousands reading would still be far below any income.
    /// </summary>
    private const decimal BareJutaUpTo = 20m;

    private const string Example = "Ketik jumlahnya seperti 2,5 juta atau 2.500.000.";

    public static ParseResult<decimal> Parse(string input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return Fail("Jumlah uang belum Anda ketik.");
        }

        // Words like "sekitar", "gaji", "per bulan" carry no amount; only money tokens count.
        var tokens = MoneyTokenizer.Split(input).Where(t => t.Kind != MoneyTokenKind.Word).ToList();
        var reading = MoneyReading.Of(tokens);
        return reading.Trouble switch
        {
            MoneyTrouble.NoNumber => Fail("Kami belum menemukan angka di jawaban Anda."),
            MoneyTrouble.TwoAmounts => Fail("Ada lebih dari satu jumlah di jawaban Anda, mohon pilih satu saja."),
            MoneyTrouble.Unreadable => Fail("Kami belum bisa membaca angka itu."),
            _ => Check(reading),
        };
    }

    /// <summary>
    /// Amounts of money inside a free sentence ("iuran kalau penghasilan 3 juta?" → 3000000). A bare
    /// number counts only from 10.000, so ages, years and counts are not mistaken for money.
    /// </summary>
    public static IReadOnlyList<decimal> FindAmounts(string text)
    {
        var found = new List<decimal>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return found;
        }

        var tokens = MoneyTokenizer.Split(text);
        var i = 0;
        while (i < tokens.Count)
        {
            if (tokens[i].Kind == MoneyTokenKind.Word)
            {
                i++;
                continue;
            }

            // Grow the run while it still reads as one amount: "2 atau 3 juta" gives "2" then "3 juta".
            MoneyReading? best = null;
            var end = i;
            for (var j = i; j < tokens.Count && tokens[j].Kind != MoneyTokenKind.Word; j++)
            {
                var reading = MoneyReading.Of(tokens.GetRange(i, j - i + 1));
                if (reading.Trouble is MoneyTrouble.TwoAmounts or MoneyTrouble.Unreadable)
                {
                    break;
                }

                (best, end) = (reading, j);
            }

            if (best is { Trouble: MoneyTrouble.None } && LooksLikeMoney(best, tokens.GetRange(i, end - i + 1)))
            {
                found.Add(best.Amount);
            }

            i = end + 1;
        }

        return found;
    }

    private static bool LooksLikeMoney(MoneyReading reading, List<MoneyToken> run) =>
        !reading.Negative
        && reading.Amount is > 0m and <= Absurd
        && !run.Any(t => t.HasLeadingZero) // "0812..." is a phone number
        && (reading.HasUnit || reading.HasCurrency || reading.Amount >= BareMoneyFrom);

    private static ParseResult<decimal> Check(MoneyReading reading)
    {
        if (reading.Negative)
        {
            return Fail("Jumlah uang tidak bisa kurang dari nol.");
        }

        if (reading.Exact == 0m)
        {
            return Fail("Jumlah uang tidak bisa nol.");
        }

        if (reading.Amount > Absurd)
        {
            return Fail($"Jumlah {IndonesianFormat.MoneyShort(reading.Amount)} terlalu besar, mungkin ada angka nol yang berlebih.");
        }

        if (!reading.HasUnit && !reading.HasCurrency && reading.Exact <= BareJutaUpTo)
        {
            return ParseResult<decimal>.Success(Math.Round(reading.Exact * 1_000_000m, 0, MidpointRounding.AwayFromZero));
        }

        if (reading.Amount < 1_000m && !reading.HasUnit)
        {
            var typed = reading.Exact.ToString("0.###", CultureInfo.InvariantCulture).Replace('.', ',');
            return Fail($"Angka {typed} terlalu kecil untuk jumlah rupiah.");
        }

        return ParseResult<decimal>.Success(reading.Amount);
    }

    private static ParseResult<decimal> Fail(string what) =>
        ParseResult<decimal>.Failure(what + " " + Example);
}
