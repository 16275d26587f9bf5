using System.Globalization;
using Jamsostek.Bpu;

namespace Jamsostek.Dialogs.Engine;

/// <summary>The contribution quoted to a person: their income's bracket, at the rate in force this month.</summary>
internal static class ContributionQuotes
{
    public static readonly BpuProgram[] Basic = [BpuProgram.Jkk, BpuProgram.Jkm];
    public static readonly BpuProgram[] WithJht = [BpuProgram.Jkk, BpuProgram.Jkm, BpuProgram.Jht];

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
    public static string? SponsorName(TurnScope scope) =>
        scope.State.Source is { } code ? scope.Context.Lookups.FindSponsorName(code) : null;

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
        var programs = Chosen(scope);
        return Enumerable.Range(0, count)
            .Select(i => first.AddMonths(i))
            .Select(m => (m, scope.Services.Tariff.Quote(amount, programs, m, scope.Slot("pekerjaan"), sponsored: SponsorName(scope) is not null).Total))
            .ToList();
    }

    /// <summary>The programmes of the "program" slot ("JKK,JKM,JHT").</summary>
    public static IReadOnlyCollection<BpuProgram> Chosen(TurnScope scope) =>
        scope.Slot("program") is { } value && value.Contains("JHT", StringComparison.Ordinal) ? WithJht : Basic;

    public static int PeriodMonths(TurnScope scope) =>
        int.TryParse(scope.Slot("periode_bayar"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var months) ? months : 1;
}
