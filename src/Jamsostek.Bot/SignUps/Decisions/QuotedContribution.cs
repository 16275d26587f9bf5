using Jamsostek.Bpu;
using Jamsostek.Dialogs.Engine;
using Jamsostek.Dialogs.Text;

namespace Jamsostek.Bot.SignUps.Decisions;

/// <summary>
/// What the chat told the worker about paying, recomputed from the tariff by the chat's rule (the contribution
/// month of the latest submission, a year ahead so a relief that ends is told): "Rp13.400 untuk Desember 2026, lalu
/// Rp26.800/bulan; sekali bayar 12 bulan Rp308.200". The officer decides on the same figures the worker read.
/// </summary>
public static class QuotedContribution
{
    private const int RateHorizon = 12;

    public static string Describe(Tariff tariff, HolidayCalendar holidays, SignUp s, string? sponsor)
    {
        ArgumentNullException.ThrowIfNull(tariff);
        ArgumentNullException.ThrowIfNull(s);
        var quotedAt = s.Status == SignUpStatus.Pending ? s.UpdatedAt : s.CreatedAt;
        var first = WorkerCalendar.ContributionMonth(quotedAt, holidays);
        var programs = SignUpPrograms.Parse(s.Programs);
        var period = Math.Max(1, s.PaymentPeriodMonths);
        var amounts = Enumerable.Range(0, Math.Max(period, RateHorizon))
            .Select(i => (Month: first.AddMonths(i), Amount: tariff.Quote(s.MonthlyIncome, programs, first.AddMonths(i), s.Occupation, sponsor is not null).Total))
            .ToList();
        if (sponsor is not null)
        {
            return $"{IndonesianFormat.Money(amounts[0].Amount)}/bulan, dibayar oleh {sponsor}";
        }

        var runs = new List<(decimal Amount, DateOnly First, DateOnly Last)>();
        foreach (var (month, amount) in amounts)
        {
            if (runs.Count > 0 && runs[^1].Amount == amount)
            {
                runs[^1] = runs[^1] with { Last = month };
            }
            else
            {
                runs.Add((amount, month, month));
            }
        }

        var once = period > 1 ? $"sekali bayar {period} bulan {IndonesianFormat.Money(amounts.Take(period).Sum(a => a.Amount))}" : null;
        var rates = string.Join(", lalu ", runs.Select((r, i) => i < runs.Count - 1
            ? $"{IndonesianFormat.Money(r.Amount)} untuk {Span(r.First, r.Last)}"
            : $"{IndonesianFormat.Money(r.Amount)}/bulan"));
        return once is null ? rates : $"{rates}; {once}";
    }

    private static string Span(DateOnly first, DateOnly last) =>
        first == last ? IndonesianFormat.Month(first) : $"{IndonesianFormat.Month(first)} sampai {IndonesianFormat.Month(last)}";
}
