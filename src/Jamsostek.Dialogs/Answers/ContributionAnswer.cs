using Jamsostek.Bpu;
using Jamsostek.Dialogs.Engine;
using Jamsostek.Dialogs.Parsing;
using Jamsostek.Dialogs.Text;

namespace Jamsostek.Dialogs.Answers;

/// <summary>
/// The "iuran" topic's computed part: a quote when the question names an income, else the lowest amount
/// at the rate in force. The relief depends on the sector (PP 50/2025), so the sector is read from the
/// question, then from the asker's own answers; when unknown the answer says which rate it assumed.
/// Every figure comes from the tariff data.
/// </summary>
public sealed class ContributionAnswer(Tariff tariff)
{
    /// <summary>An amount at least this large reads as a monthly income even without "penghasilan" or "juta".</summary>
    public const decimal IncomeFrom = 100_000m;

    private static readonly IReadOnlyList<BpuProgram> Basic = BpuPrograms.Basic;
    private static readonly IReadOnlyList<BpuProgram> WithJht = BpuPrograms.WithJht;

    // Words that name a transport occupation, mapped to the sign-up dialog's occupation ids (tariff.yaml).
    private static readonly Dictionary<string, string> SectorWords = new(StringComparer.Ordinal)
    {
        ["ojek"] = "ojek", ["ojol"] = "ojek", ["ngojek"] = "ojek", ["gojek"] = "ojek", ["grab"] = "ojek", ["maxim"] = "ojek",
        ["sopir"] = "sopir", ["supir"] = "sopir", ["angkot"] = "sopir", ["driver"] = "sopir", ["taksi"] = "sopir",
        ["kurir"] = "kurir", ["ekspedisi"] = "kurir",
    };

    private static readonly HashSet<string> IncomeWords = new(StringComparer.Ordinal)
    {
        "penghasilan", "gaji", "gajinya", "pendapatan", "pendapatannya", "penghasilannya", "omzet", "income",
        "juta", "jt", "jtan", "ribu", "rb", "rbu", "k",
    };

    /// <summary>The income the question names, or null ("iuran 16.800 itu untuk program apa" names a contribution, not an income).</summary>
    public decimal? IncomeIn(string question, DateOnly month)
    {
        var amounts = MoneyParser.FindAmounts(question);
        if (amounts.Count == 0)
        {
            return null;
        }

        var amount = amounts[0];
        var words = Words(question);
        if (words.Any(IncomeWords.Contains))
        {
            return amount;
        }

        return amount >= IncomeFrom && !IsContributionFigure(amount, month) ? amount : null;
    }

    /// <summary>The occupation whose relief applies: named in the question, else the asker's own answer, else null.</summary>
    public static string? OccupationOf(string? question, string? ownOccupation)
    {
        var named = question is null ? null : Words(question).Select(w => SectorWords.GetValueOrDefault(w)).FirstOrDefault(id => id is not null);
        return named ?? ownOccupation;
    }

    public string Quote(decimal income, string? occupation, DateOnly month)
    {
        var basic = tariff.Quote(income, Basic, month, occupation, sponsored: false);
        var full = tariff.Quote(income, WithJht, month, occupation, sponsored: false);
        var text = $"Untuk penghasilan {IndonesianFormat.Money(income)}/bulan, dasar iuran Anda {IndonesianFormat.Money(basic.Bracket.Base)} (PP 44/2015 jo. PP 49/2023):\n"
            + $"• JKK + JKM: {IndonesianFormat.Money(basic.Total)}/bulan\n"
            + $"• JKK + JKM + JHT: {IndonesianFormat.Money(full.Total)}/bulan"
            + ReliefLine(basic.Relief)
            + AfterRelief(income, occupation, basic.Relief);
        return text + Assumption(occupation, income, month, basic);
    }

    /// <summary>
    /// Mid-form, once the worker's own income is known: their figure in about three lines, instead of the general
    /// answer (which would bury the question being asked).
    /// </summary>
    public string ForOwnIncome(decimal income, string? occupation, DateOnly month)
    {
        var basic = tariff.Quote(income, Basic, month, occupation, sponsored: false);
        var full = tariff.Quote(income, WithJht, month, occupation, sponsored: false);
        var text = $"Untuk penghasilan Anda {IndonesianFormat.Money(income)}/bulan, iuran bulan {IndonesianFormat.Month(month)}:\n"
            + $"JKK + JKM {IndonesianFormat.Money(basic.Total)}, dengan JHT {IndonesianFormat.Money(full.Total)}.";
        if (basic.Relief is { } relief)
        {
            var next = relief.LastMonth.AddMonths(1);
            var after = tariff.Quote(income, Basic, next, occupation, sponsored: false);
            var afterFull = tariff.Quote(income, WithJht, next, occupation, sponsored: false);
            text += $"\nMulai {IndonesianFormat.Month(next)} (keringanan selesai): {IndonesianFormat.Money(after.Total)}, dengan JHT {IndonesianFormat.Money(afterFull.Total)}.";
        }

        return text;
    }

    /// <summary>The lowest contribution at the rate in force this month, for the topic's general answer.</summary>
    public string Lowest(string? occupation, DateOnly month)
    {
        var lowest = tariff.Brackets[0].From;
        var basic = tariff.Quote(lowest, Basic, month, occupation, sponsored: false);
        var full = tariff.Quote(lowest, WithJht, month, occupation, sponsored: false);
        var text = $"Iuran bulan {IndonesianFormat.Month(month)} paling rendah {IndonesianFormat.Money(basic.Total)} (JKK + JKM) atau {IndonesianFormat.Money(full.Total)} dengan JHT."
            + ReliefLine(basic.Relief)
            + AfterRelief(lowest, occupation, basic.Relief);
        return text + Assumption(occupation, lowest, month, basic);
    }

    private static string ReliefLine(ReliefInfo? relief) => relief is null
        ? string.Empty
        : $"\nSudah termasuk keringanan {relief.PercentOff}% untuk JKK dan JKM ({relief.Regulation}) sampai iuran bulan {IndonesianFormat.Month(relief.LastMonth)}.";

    // A worker paying 3, 6 or 12 months ahead needs the rate that follows the relief, not only today's.
    private string AfterRelief(decimal income, string? occupation, ReliefInfo? relief)
    {
        if (relief is null)
        {
            return string.Empty;
        }

        var next = relief.LastMonth.AddMonths(1);
        var basic = tariff.Quote(income, Basic, next, occupation, sponsored: false);
        var full = tariff.Quote(income, WithJht, next, occupation, sponsored: false);
        return $"\nMulai iuran bulan {IndonesianFormat.Month(next)}: {IndonesianFormat.Money(basic.Total)} (JKK + JKM) atau {IndonesianFormat.Money(full.Total)} dengan JHT.";
    }

    // Sector unknown: the general rate was quoted; say so, and what transport workers pay or until when, if it differs.
    private string Assumption(string? occupation, decimal income, DateOnly month, ContributionQuote general)
    {
        if (occupation is not null)
        {
            return string.Empty;
        }

        var transportId = SectorWords["ojek"];
        var transport = tariff.Quote(income, Basic, month, transportId, sponsored: false);
        if (transport.Relief is not { } relief)
        {
            return string.Empty;
        }

        if (transport.Total != general.Total)
        {
            return $"\nAngka di atas untuk BPU selain sektor transportasi. Ojek/ojol, sopir, dan kurir: JKK + JKM {IndonesianFormat.Money(transport.Total)}/bulan (keringanan {relief.Regulation} sampai iuran bulan {IndonesianFormat.Month(relief.LastMonth)}).";
        }

        return general.Relief is { } own && own.LastMonth != relief.LastMonth
            ? $"\nItu untuk BPU selain sektor transportasi. Ojek/ojol, sopir, dan kurir: keringanan sampai iuran bulan {IndonesianFormat.Month(relief.LastMonth)}."
            : string.Empty;
    }

    private bool IsContributionFigure(decimal amount, DateOnly month)
    {
        foreach (var bracket in tariff.Brackets)
        {
            foreach (var programs in new[] { Basic, WithJht })
            {
                foreach (var occupation in new[] { null, SectorWords["ojek"] })
                {
                    var quote = tariff.Quote(bracket.From, programs, month, occupation, sponsored: false);
                    if (quote.Total == amount || quote.TotalWithoutRelief == amount)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static string[] Words(string text) =>
        TextNormalizer.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(w => SplitDigits(w))
            .ToArray();

    // "5jt" → "5", "jt"; "ojol" stays.
    private static IEnumerable<string> SplitDigits(string word)
    {
        var start = 0;
        for (var i = 1; i <= word.Length; i++)
        {
            if (i == word.Length || char.IsDigit(word[i]) != char.IsDigit(word[i - 1]))
            {
                yield return word[start..i];
                start = i;
            }
        }
    }
}
