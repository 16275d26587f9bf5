using Jamsostek.Bpu;
using Jamsostek.Dialogs.Engine.Inputs;
using Jamsostek.Dialogs.Flows;
using Jamsostek.Dialogs.Text;

namespace Jamsostek.Dialogs.Engine;

/// <summary>Values texts may show that no step asks for: what the NIK says, the quote and its relief, the summary.</summary>
internal static class ComputedValues
{
    private static readonly Dictionary<string, Func<TurnScope, string>> All = new(StringComparer.Ordinal)
    {
        ["nik_tanggal_lahir"] = s => NikInput.InfoOf(s) is { } i ? IndonesianFormat.Date(i.BirthDate) : string.Empty,
        ["nik_jenis_kelamin"] = s => NikInput.InfoOf(s) is { } i ? (i.Sex == Sex.Female ? "perempuan" : "laki-laki") : string.Empty,
        ["nik_kabupaten"] = s => RegencyInput.FromNik(s)?.DisplayName ?? string.Empty,
        ["dasar_penghasilan"] = s => ContributionQuotes.For(s, BpuPrograms.Basic) is { } q ? IndonesianFormat.Money(q.Bracket.Base) : string.Empty,
        ["iuran_jkk_jkm"] = s => PerMonth(s, BpuPrograms.Basic),
        ["iuran_lengkap"] = s => PerMonth(s, BpuPrograms.WithJht),
        ["iuran_jht"] = s => ContributionQuotes.SelfPaidMonths(s, [BpuProgram.Jht], 1) is [var jht] ? IndonesianFormat.Money(jht.Amount) + "/bulan" : string.Empty,
        ["program_sponsor"] = s => ContributionQuotes.Sponsor(s) is { } sponsor ? ProgramWords(sponsor.Pays) : string.Empty,
        ["program_sendiri"] = s => ProgramWords(ContributionQuotes.SelfPaid(s)),
        ["rincian_jht"] = SelfPaidBreakdown,
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
        ["sponsor"] = s => ContributionQuotes.SponsorName(s) ?? string.Empty,
        [ReliefTextKey] = Relief,
        ["keringanan_persen"] = s => ReliefOf(s) is { } r ? r.PercentOff.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty,
        ["keringanan_peraturan"] = s => ReliefOf(s)?.Regulation ?? string.Empty,
        ["keringanan_sampai"] = s => ReliefOf(s) is { } r ? IndonesianFormat.Month(r.LastMonth) : string.Empty,
        ["keringanan_sesudah"] = s => ReliefOf(s) is { } r ? IndonesianFormat.Month(r.LastMonth.AddMonths(1)) : string.Empty,
        ["iuran_jkk_jkm_penuh"] = s => ContributionQuotes.For(s, BpuPrograms.Basic) is { } q ? IndonesianFormat.Money(q.TotalWithoutRelief) : string.Empty,
        ["iuran_lengkap_penuh"] = s => ContributionQuotes.For(s, BpuPrograms.WithJht) is { } q ? IndonesianFormat.Money(q.TotalWithoutRelief) : string.Empty,
        ["iuran_ke_depan"] = Ahead,
    };

    /// <summary>The flow text (texts.keringanan) that explains the relief; it may use every keringanan value.</summary>
    public const string ReliefTextKey = "keringanan";

    private const string DefaultReliefText =
        "Harga di bawah sudah termasuk potongan {keringanan_persen}% untuk JKK dan JKM ({keringanan_peraturan}) sampai iuran bulan {keringanan_sampai}; "
        + "mulai {keringanan_sesudah}: {iuran_jkk_jkm_penuh} atau {iuran_lengkap_penuh} dengan JHT.";

    private const string DefaultSponsorPaysAllText = "Iuran Anda dibayar oleh {sponsor}; Anda tidak perlu membayar sendiri.";

    private const string DefaultSponsorWithoutJhtText =
        "{sponsor} membayar iuran {program_sponsor} Anda. Bila Anda menambah JHT, iuran JHT {iuran_jht} Anda bayar sendiri.";

    private const string DefaultJhtSelfPaidText =
        "{program_sponsor} dibayar oleh {sponsor}; {program_sendiri} Anda bayar sendiri: {rincian_jht}.";

    // A year of payments: the horizon over which a change of rate is told.
    private const int RateHorizon = 12;

    public static IReadOnlySet<string> Names { get; } = All.Keys.ToHashSet(StringComparer.Ordinal);

    public static string Compute(string name, TurnScope scope) => All[name](scope);

    // The rates over a year of payments, so that a relief ending after the period is still told
    // ("Rp13.400 untuk Desember 2026, lalu Rp26.800/bulan" also for someone paying month by month).
    private static string PaymentBreakdown(TurnScope scope)
    {
        if (ContributionQuotes.Sponsor(scope) is { } sponsor)
        {
            // A sponsored worker is quoted only what is theirs to pay: nothing, or the JHT they added.
            return ContributionQuotes.SelfPaid(scope).Count == 0
                ? $"dibayar oleh {sponsor.Name}; Anda tidak membayar"
                : FlowText(scope, FlowTexts.SponsorJhtSelfPaid, DefaultJhtSelfPaidText);
        }

        var period = ContributionQuotes.PeriodMonths(scope);
        return ContributionWording.Breakdown(ContributionQuotes.Months(scope, Math.Max(period, RateHorizon)), period, sponsor: null);
    }

    /// <summary>
    /// A programme choice's price, "Rp16.800/bulan"; for a sponsored worker who pays, or what is left to them
    /// ("Anda bayar JHT Rp20.000/bulan" when the sponsor pays JKK and JKM only).
    /// </summary>
    private static string PerMonth(TurnScope scope, IReadOnlyCollection<BpuProgram> programs)
    {
        if (ContributionQuotes.Sponsor(scope) is { } sponsor)
        {
            var own = sponsor.SelfPaid(programs);
            return own.Count == 0 ? $"dibayar {sponsor.Name}"
                : ContributionQuotes.SelfPaidMonths(scope, own, 1) is [var first] ? $"Anda bayar {ProgramWords(own)} {IndonesianFormat.Money(first.Amount)}/bulan"
                : string.Empty;
        }

        return ContributionQuotes.For(scope, programs) is { } q ? IndonesianFormat.Money(q.Total) + "/bulan" : string.Empty;
    }

    // "Iuran Anda {iuran_ke_depan}." at the payment period: who pays, and the self-paid part's rate over the coming year.
    private static string Ahead(TurnScope scope)
    {
        if (ContributionQuotes.Sponsor(scope) is not { } sponsor)
        {
            return ContributionWording.Ahead(ContributionQuotes.Months(scope, RateHorizon));
        }

        var own = ContributionQuotes.SelfPaid(scope);
        return own.Count == 0
            ? $"dibayar oleh {sponsor.Name}, bukan oleh Anda"
            : $"untuk {ProgramWords(sponsor.Pays)} dibayar oleh {sponsor.Name}; iuran {ProgramWords(own)} {ContributionWording.Ahead(ContributionQuotes.SelfPaidMonths(scope, own, RateHorizon))} Anda bayar sendiri";
    }

    // The self-paid part of a sponsored worker's contribution, spelt out as a self-paying worker's is.
    private static string SelfPaidBreakdown(TurnScope scope)
    {
        var own = ContributionQuotes.SelfPaid(scope);
        var period = ContributionQuotes.PeriodMonths(scope);
        return ContributionWording.Breakdown(ContributionQuotes.SelfPaidMonths(scope, own, Math.Max(period, RateHorizon)), period, sponsor: null);
    }

    /// <summary>"JKK dan JKM", "JKK, JKM dan JHT".</summary>
    /// <summary>"JKK dan JKM", "JHT": programme codes as a worker reads them.</summary>
    internal static string ProgramWords(IReadOnlyCollection<BpuProgram> programs)
    {
        var names = programs.Order().Select(p => p.ToString().ToUpperInvariant()).ToList();
        return names.Count <= 1 ? string.Concat(names) : string.Join(", ", names.Take(names.Count - 1)) + " dan " + names[^1];
    }

    private static string FlowText(TurnScope scope, string key, string fallback) =>
        scope.Render(scope.Flow?.Text(key, fallback) ?? fallback);

    // What the relief is and what the contribution becomes after it: a relief that ends next month would otherwise
    // make "Rp16.400/bulan" read as the price for a whole year of payments.
    private static ReliefInfo? ReliefOf(TurnScope scope) =>
        ContributionQuotes.SponsorName(scope) is null ? ContributionQuotes.For(scope, BpuPrograms.Basic)?.Relief : null;

    private static string Relief(TurnScope scope)
    {
        if (ContributionQuotes.Sponsor(scope) is { } sponsor)
        {
            return sponsor.SelfPaid(BpuPrograms.WithJht).Count == 0
                ? FlowText(scope, FlowTexts.SponsorPaysAll, DefaultSponsorPaysAllText)
                : FlowText(scope, FlowTexts.SponsorWithoutJht, DefaultSponsorWithoutJhtText);
        }

        if (ReliefOf(scope) is null)
        {
            return string.Empty;
        }

        var text = scope.Flow?.Text(ReliefTextKey, DefaultReliefText) ?? DefaultReliefText;
        return scope.Render(text);
    }

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
