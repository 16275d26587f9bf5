using System.Globalization;
using Jamsostek.Bpu;

namespace Jamsostek.Dialogs.Engine;

/// <summary>
/// The contribution quoted to a person, read from their answers (income, occupation, programmes, the sponsor of
/// the link they came with). The figures themselves are the tariff's (<see cref="Tariff"/>, <see cref="BpuPrograms"/>).
/// </summary>
internal static class ContributionQuotes
{
    public static ContributionQuote? For(TurnScope scope, IReadOnlyCollection<BpuProgram> programs)
    {
        if (scope.Slot("penghasilan") is not { } income
            || !decimal.TryParse(income, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
        {
            return null;
        }

        return scope.Services.Tariff.Quote(amount, programs, WorkerCalendar.ContributionMonth(scope.Context.Now, scope.Services.Holidays), scope.Slot("pekerjaan"), sponsored: SponsorName(scope) is not null);
    }

    /// <summary>The programme paying for this worker (from the deep-link code they came with), or null.</summary>
    public static string? SponsorName(TurnScope scope) => Sponsor(scope)?.Name;

    /// <summary>The programme paying for this worker with what it pays, or null.</summary>
    public static SponsorTerms? Sponsor(TurnScope scope) =>
        scope.State.Source is { } code ? scope.Context.Lookups.FindSponsor(code) : null;

    /// <summary>
    /// What a sponsored worker pays themselves: the chosen programmes the sponsor does not pay (JHT added under a
    /// JKK+JKM programme). Empty when no sponsor, or when the sponsor pays every one chosen.
    /// </summary>
    public static IReadOnlyList<BpuProgram> SelfPaid(TurnScope scope) =>
        Sponsor(scope) is { } sponsor ? sponsor.SelfPaid(Chosen(scope)) : [];

    /// <summary>
    /// The self-paid programmes' contribution month by month, as a worker paying them would be quoted: the
    /// relief of the tariff applies only to JKK and JKM, which the sponsor pays, so JHT is at its full rate.
    /// </summary>
    public static IReadOnlyList<(DateOnly Month, decimal Amount)> SelfPaidMonths(TurnScope scope, IReadOnlyCollection<BpuProgram> programs, int count)
    {
        if (programs.Count == 0
            || scope.Slot("penghasilan") is not { } income
            || !decimal.TryParse(income, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
        {
            return [];
        }

        var first = WorkerCalendar.ContributionMonth(scope.Context.Now, scope.Services.Holidays);
        return scope.Services.Tariff.MonthByMonth(amount, programs, first, count, scope.Slot("pekerjaan"), sponsored: false);
    }

    /// <summary>
    /// One payment month by month from the first contribution month, each at the rate in force that month,
    /// so a relief ending inside the period shows up (e.g. Rp68.400 for December, then Rp84.800).
    /// </summary>
    public static IReadOnlyList<(DateOnly Month, decimal Amount)> PerPayment(TurnScope scope) => Months(scope, PeriodMonths(scope));

    /// <summary>The chosen programmes' contribution for <paramref name="count"/> months from the first, each at its month's rate.</summary>
    public static IReadOnlyList<(DateOnly Month, decimal Amount)> Months(TurnScope scope, int count)
    {
        if (scope.Slot("penghasilan") is not { } income
            || !decimal.TryParse(income, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
        {
            return [];
        }

        var first = WorkerCalendar.ContributionMonth(scope.Context.Now, scope.Services.Holidays);
        return scope.Services.Tariff.MonthByMonth(amount, Chosen(scope), first, count, scope.Slot("pekerjaan"), sponsored: SponsorName(scope) is not null);
    }

    /// <summary>The programmes of the "program" slot ("JKK,JKM,JHT").</summary>
    public static IReadOnlyCollection<BpuProgram> Chosen(TurnScope scope) =>
        BpuPrograms.FromAnswer(scope.Slot("program"));

    public static int PeriodMonths(TurnScope scope) =>
        int.TryParse(scope.Slot("periode_bayar"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var months) ? months : 1;
}
