namespace Jamsostek.Dialogs.Text;

/// <summary>
/// How a contribution that changes rate over the months is told (a relief ending, a new year's tariff): the chat's
/// quote and the officer's sign-up page say it in these same words.
/// </summary>
public static class ContributionWording
{
    /// <summary>
    /// "Rp84.800/bulan, sekali bayar 3 bulan Rp254.400", or where the rate changes within the months given
    /// "Rp68.400 untuk Desember 2026, lalu Rp84.800/bulan; sekali bayar 12 bulan Rp1.001.200".
    /// </summary>
    /// <param name="months">Month by month from the first contribution month: at least the period, a year to tell a later change.</param>
    /// <param name="period">How many months one payment covers (the first of <paramref name="months"/>).</param>
    /// <param name="sponsor">The programme that pays, which is all the worker needs to hear.</param>
    public static string Breakdown(IReadOnlyList<(DateOnly Month, decimal Amount)> months, int period, string? sponsor)
    {
        ArgumentNullException.ThrowIfNull(months);
        var payment = months.Take(period).ToList();
        if (payment.Count == 0)
        {
            return string.Empty;
        }

        if (sponsor is not null)
        {
            return $"{IndonesianFormat.Money(payment[0].Amount)}/bulan, dibayar oleh {sponsor}";
        }

        var runs = Runs(months);
        var total = IndonesianFormat.Money(payment.Sum(m => m.Amount));
        if (runs.Count == 1)
        {
            return $"{IndonesianFormat.Money(runs[0].Amount)}/bulan" + (payment.Count > 1 ? $", sekali bayar {payment.Count} bulan {total}" : string.Empty);
        }

        var parts = runs.Select((r, i) => i < runs.Count - 1
            ? $"{IndonesianFormat.Money(r.Amount)} untuk {MonthSpan(r.First, r.Last)}"
            : $"{IndonesianFormat.Money(r.Amount)}/bulan");
        return string.Join(", lalu ", parts) + (payment.Count > 1 ? $"; sekali bayar {payment.Count} bulan {total}" : string.Empty);
    }

    /// <summary>"Rp68.400 sebulan", or where the rate changes "Rp16.400 untuk iuran bulan Desember 2026, lalu Rp32.800 sebulan".</summary>
    public static string Ahead(IReadOnlyList<(DateOnly Month, decimal Amount)> months)
    {
        ArgumentNullException.ThrowIfNull(months);
        var runs = Runs(months);
        return string.Join(", lalu ", runs.Select((r, i) =>
        {
            var amount = IndonesianFormat.Money(r.Amount);
            return i == runs.Count - 1 ? amount + " sebulan"
                : r.First == r.Last ? $"{amount} untuk iuran bulan {IndonesianFormat.Month(r.First)}"
                : $"{amount} sebulan sampai iuran bulan {IndonesianFormat.Month(r.Last)}";
        }));
    }

    /// <summary>Consecutive months at one amount.</summary>
    private static List<(decimal Amount, DateOnly First, DateOnly Last)> Runs(IEnumerable<(DateOnly Month, decimal Amount)> months)
    {
        var runs = new List<(decimal Amount, DateOnly First, DateOnly Last)>();
        foreach (var (month, amount) in months)
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

        return runs;
    }

    private static string MonthSpan(DateOnly first, DateOnly last) =>
        first == last ? IndonesianFormat.Month(first) : $"{IndonesianFormat.Month(first)} sampai {IndonesianFormat.Month(last)}";
}
