namespace Jamsostek.Bpu;

/// <summary>
/// BPU contribution rates, income brackets and reliefs, read from tariff.yaml so that a change of
/// regulation is a data change. Immutable once loaded.
/// </summary>
public sealed class Tariff
{
    private const string EmbeddedName = "Jamsostek.Bpu.Data.tariff.yaml";

    private readonly List<IncomeBracket> _brackets;
    private readonly List<RateRule> _rates;
    private readonly List<ReliefRule> _reliefs;
    private readonly HashSet<string> _transportOccupations;

    internal Tariff(List<IncomeBracket> brackets, List<RateRule> rates, List<ReliefRule> reliefs, HashSet<string> transportOccupations)
    {
        _brackets = brackets;
        _rates = rates;
        _reliefs = reliefs;
        _transportOccupations = transportOccupations;
    }

    /// <summary>All income brackets, lowest first.</summary>
    public IReadOnlyList<IncomeBracket> Brackets => _brackets;

    /// <summary>The tariff shipped with this assembly.</summary>
    public static Tariff LoadEmbedded()
    {
        using var stream = typeof(Tariff).Assembly.GetManifestResourceStream(EmbeddedName)
            ?? throw new InvalidDataException($"Embedded resource '{EmbeddedName}' is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    /// <summary>Reads and validates a tariff file; throws <see cref="InvalidDataException"/> naming the fault.</summary>
    public static Tariff Parse(string yaml) => TariffLoader.Load(yaml);

    /// <summary>The bracket for a declared monthly income (negative income is treated as zero).</summary>
    public IncomeBracket BracketFor(decimal monthlyIncome)
    {
        var income = Math.Max(0, monthlyIncome);
        return _brackets.First(b => b.ToExclusive is null || income < b.ToExclusive);
    }

    public bool IsTransportOccupation(string occupationId) =>
        occupationId is not null && _transportOccupations.Contains(occupationId.Trim());

    /// <summary>
    /// The contribution for one month. Amounts are rounded half up to the whole rupiah; that rounding
    /// rule is UNVERIFIED (every figure in the current table is already whole, so it only matters if
    /// rates change). A relief applies when the member is not sponsored (if the relief excludes them)
    /// and the month lies in the period for their group (transport occupation or other).
    /// </summary>
    public ContributionQuote Quote(
        decimal monthlyIncome,
        IReadOnlyCollection<BpuProgram> programs,
        DateOnly contributionMonth,
        string? occupationId,
        bool sponsored)
    {
        ArgumentNullException.ThrowIfNull(programs);

        // Callers may pass any day of the month; rates are valid per month.
        var month = new DateOnly(contributionMonth.Year, contributionMonth.Month, 1);
        var bracket = BracketFor(monthlyIncome);
        var group = occupationId is not null && IsTransportOccupation(occupationId) ? ReliefGroup.Transport : ReliefGroup.Other;
        var relief = _reliefs
            .Where(r => !(sponsored && r.ExcludesSponsored))
            .Select(r => (Rule: r, Period: r.Periods.FirstOrDefault(p => p.Group == group && p.Covers(month))))
            .FirstOrDefault(x => x.Period is not null);

        var lines = new List<ProgramAmount>();
        var reliefUsed = false;
        foreach (var program in programs.Distinct().Order())
        {
            var rate = _rates.LastOrDefault(r => r.Program == program && r.Covers(month))
                ?? throw new InvalidOperationException(
                    $"Tariff has no {program.ToString().ToUpperInvariant()} rate for {month:yyyy-MM}.");
            var exact = rate.Kind == RateKind.PercentOfBase ? bracket.Base * rate.Value / 100m : rate.Value;
            var discounted = exact;
            if (relief.Rule is not null && relief.Rule.Programs.Contains(program))
            {
                discounted = exact * (100 - relief.Rule.PercentOff) / 100m;
                reliefUsed = true;
            }

            lines.Add(new ProgramAmount(program, RoundRupiah(discounted), RoundRupiah(exact)));
        }

        var reliefInfo = reliefUsed
            ? new ReliefInfo(relief.Rule!.Regulation, relief.Rule.PercentOff, relief.Period!.To)
            : null;
        return new ContributionQuote(bracket, lines, lines.Sum(l => l.Amount), lines.Sum(l => l.FullAmount), reliefInfo);
    }

    /// <summary>
    /// <paramref name="count"/> months from <paramref name="firstMonth"/>, each at the rate in force that month, so that
    /// a relief ending inside a payment period shows (e.g. Rp68.400 for December, then Rp84.800).
    /// </summary>
    public IReadOnlyList<(DateOnly Month, decimal Amount)> MonthByMonth(
        decimal monthlyIncome,
        IReadOnlyCollection<BpuProgram> programs,
        DateOnly firstMonth,
        int count,
        string? occupationId,
        bool sponsored) =>
        Enumerable.Range(0, count)
            .Select(i => firstMonth.AddMonths(i))
            .Select(m => (m, Quote(monthlyIncome, programs, m, occupationId, sponsored).Total))
            .ToList();

    private static decimal RoundRupiah(decimal amount) => Math.Round(amount, 0, MidpointRounding.AwayFromZero);
}
