using Jamsostek.Bpu;
using Jamsostek.Dialogs.Engine.Inputs;
using Jamsostek.Dialogs.Text;

namespace Jamsostek.Dialogs.Engine;

/// <summary>Values texts may show that no step asks for: what the NIK says, the quote, the summary.</summary>
internal static class ComputedValues
{
    private static readonly Dictionary<string, Func<TurnScope, string>> All = WithRelief(new(StringComparer.Ordinal)
    {
        ["nik_tanggal_lahir"] = s => NikInput.InfoOf(s) is { } i ? IndonesianFormat.Date(i.BirthDate) : string.Empty,
        ["nik_jenis_kelamin"] = s => NikInput.InfoOf(s) is { } i ? (i.Sex == Sex.Female ? "perempuan" : "laki-laki") : string.Empty,
        ["nik_kabupaten"] = s => RegencyInput.FromNik(s)?.DisplayName ?? string.Empty,
        ["dasar_penghasilan"] = s => ContributionQuotes.For(s, BpuPrograms.Basic) is { } q ? IndonesianFormat.Money(q.Bracket.Base) : string.Empty,
        ["iuran_jkk_jkm"] = s => PerMonth(s, BpuPrograms.Basic),
        ["iuran_lengkap"] = s => PerMonth(s, BpuPrograms.WithJht),
        ["iuran_bulanan"] = s => ContributionQuotes.For(s, ContributionQuotes.Chosen(s)) is { } q ? IndonesianFormat.Money(q.Total) : string.Empty,
        ["iuran_per_bayar"] = s => ContributionQuotes.PerPayment(s) is { Count: > 0 } months
            ? IndonesianFormat.Money(months.Sum(m => m.Amount))
            : string.Empty,
        ["rincian_iuran"] = PaymentBreakdown,
        ["ringkasan"] = s => Summary(s, s.Step?.Summary ?? []),
        ["ringkasan_1"] = s => SummaryPart(s, 0),
        ["ringkasan_2"] = s => SummaryPart(s, 1),
        ["ringkasan_3"] = s => SummaryPart(s, 2),
        ["ringkasan_4"] = s => SummaryPart(s, 3),
        ["langkah_sekarang"] = CurrentStep,
        ["referensi"] = s => s.Slot("referensi") ?? string.Empty,
        ["alasan"] = s => string.Empty,
    });

    private static Dictionary<string, Func<TurnScope, string>> WithRelief(Dictionary<string, Func<TurnScope, string>> values)
    {
        foreach (var (name, compute) in ReliefValues.All())
        {
            values.Add(name, compute);
        }

        return values;
    }

    // A year of payments: the horizon over which a change of rate is told.
    private const int RateHorizon = 12;

    public static IReadOnlySet<string> Names { get; } = All.Keys.ToHashSet(StringComparer.Ordinal);

    public static string Compute(string name, TurnScope scope) => All[name](scope);

    // "Rp84.800/bulan, sekali bayar 3 bulan Rp254.400", or where the rate changes inside the period
    // "Rp68.400 untuk Desember 2026, lalu Rp84.800/bulan; sekali bayar 12 bulan Rp1.001.200".
    private static string PaymentBreakdown(TurnScope scope)
    {
        var months = ContributionQuotes.PerPayment(scope);
        if (months.Count == 0)
        {
            return string.Empty;
        }

        // The rates over a year of payments, so that a relief ending after the period is still told
        // ("Rp13.400 untuk Desember 2026, lalu Rp26.800/bulan" also for someone paying month by month).
        var runs = new List<(decimal Amount, DateOnly First, DateOnly Last)>();
        foreach (var (month, amount) in ContributionQuotes.Months(scope, Math.Max(months.Count, RateHorizon)))
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

        if (ContributionQuotes.SponsorName(scope) is { } sponsor)
        {
            return $"dibayar oleh {sponsor}; Anda tidak membayar"; // a sponsored worker is never quoted a price
        }

        var total = IndonesianFormat.Money(months.Sum(m => m.Amount));
        var once = months.Count > 1 ? $", sekali bayar {months.Count} bulan {total}" : string.Empty;
        if (runs.Count == 1)
        {
            return $"{IndonesianFormat.Money(runs[0].Amount)}/bulan{once}";
        }

        var parts = runs.Select((r, i) => i < runs.Count - 1
            ? $"{IndonesianFormat.Money(r.Amount)} untuk {MonthSpan(r.First, r.Last)}"
            : $"{IndonesianFormat.Money(r.Amount)}/bulan");
        return string.Join(", lalu ", parts) + (months.Count > 1 ? $"; sekali bayar {months.Count} bulan {total}" : string.Empty);
    }

    /// <summary>A programme choice's price, "Rp16.800/bulan"; for a sponsored worker who pays instead of a price.</summary>
    private static string PerMonth(TurnScope scope, IReadOnlyCollection<BpuProgram> programs) =>
        ContributionQuotes.SponsorName(scope) is { } sponsor ? $"dibayar {sponsor}"
        : ContributionQuotes.For(scope, programs) is { } q ? IndonesianFormat.Money(q.Total) + "/bulan" : string.Empty;

    private static string MonthSpan(DateOnly first, DateOnly last) =>
        first == last ? IndonesianFormat.Month(first) : $"{IndonesianFormat.Month(first)} sampai {IndonesianFormat.Month(last)}";

    // "langkah 3 dari 16 (Nama lengkap)": where someone is, for "Anda sedang mengisi pendaftaran, …".
    private static string CurrentStep(TurnScope scope)
    {
        if (scope.Step is not { } step || scope.Flow is not { } flow)
        {
            return string.Empty;
        }

        var counted = flow.CountedSteps.ToList();
        var index = counted.FindIndex(s => s.Id == step.Id);
        var title = step.Title is null ? string.Empty : $" ({step.Title})";
        return index < 0 ? title.Trim() : $"langkah {index + 1} dari {counted.Count}{title}";
    }

    // One message of a summary split to fit a phone screen (summary: [[...], [...]] in the flow file).
    private static string SummaryPart(TurnScope scope, int index) =>
        scope.Step is { } step && index < step.SummaryParts.Count ? Summary(scope, step.SummaryParts[index]) : string.Empty;

    private static string Summary(TurnScope scope, IReadOnlyList<string> fields)
    {
        if (scope.Flow is not { } flow)
        {
            return string.Empty;
        }

        var lines = fields
            .Select(id => flow.Find(id)!)
            .Where(s => scope.Slot(s.Slot) is not null)
            .Select(s => $"• {s.SummaryLabel ?? s.Title ?? s.Id}: {PromptRenderer.Display(s.Slot, scope.Slot(s.Slot)!, scope)}");
        return string.Join('\n', lines);
    }
}
