using System.Collections.Frozen;

namespace Jamsostek.Dialogs.Parsing;

/// <summary>
/// Reads an income answer: the amount (see <see cref="MoneyParser"/>) and the period it is counted over
/// ("150rb sehari", "500 ribu per minggu"), and recognises an answer that says the income is not fixed
/// ("ga tentu", "tidak tetap") so that it can be met with how to give an average instead of a refusal.
/// </summary>
public static class IncomeParser
{
    private static readonly FrozenSet<string> DayWords = FrozenSet.ToFrozenSet(
        ["hari", "sehari", "perhari", "harian", "hr", "hri", "sehri", "perhr"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> WeekWords = FrozenSet.ToFrozenSet(
        ["minggu", "seminggu", "perminggu", "mingguan", "mgg", "mg", "pekan", "sepekan"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> IrregularWords = FrozenSet.ToFrozenSet(
        ["tentu", "menentu", "tetap", "pasti", "tergantung", "bervariasi", "beda", "berubah", "naik", "kadang"], StringComparer.Ordinal);

    public static ParseResult<IncomeReading> Parse(string input)
    {
        var tokens = MoneyTokenizer.Split(input ?? string.Empty);
        var words = tokens.Where(t => t.Kind == MoneyTokenKind.Word).Select(t => t.Raw).ToList();
        var per = words.Any(DayWords.Contains) ? IncomePeriod.Day
            : words.Any(WeekWords.Contains) ? IncomePeriod.Week
            : IncomePeriod.Month;
        var bare = tokens.All(t => t.Kind == MoneyTokenKind.Word || (t.Kind == MoneyTokenKind.Number && t.Raw.Length > 0));

        // "sehari 80": a day's or a week's pay in bare hundreds can only be ribu.
        var reading = MoneyReading.Of(tokens.Where(t => t.Kind != MoneyTokenKind.Word).ToList());
        if (per != IncomePeriod.Month && bare && reading is { Trouble: MoneyTrouble.None, Negative: false, Exact: > 0m and < 1_000m })
        {
            return ParseResult<IncomeReading>.Success(new IncomeReading(Math.Round(reading.Exact * 1_000m), per, Bare: false));
        }

        var amount = MoneyParser.Parse(input ?? string.Empty);
        return amount.Ok
            ? ParseResult<IncomeReading>.Success(new IncomeReading(amount.Value, per, bare))
            : ParseResult<IncomeReading>.Failure(amount.Problem!);
    }

    /// <summary>"ga tentu", "tidak tetap", "tergantung musim": the worker says the income varies.</summary>
    public static bool SaysIrregular(string input) =>
        MoneyTokenizer.Split(input).Any(t => t.Kind == MoneyTokenKind.Word && IrregularWords.Contains(t.Raw));
}
