namespace Jamsostek.Bpu;

/// <summary>How a rate is expressed in the tariff file.</summary>
internal enum RateKind
{
    PercentOfBase,
    Flat,
}

/// <summary>A validated rate with its validity by contribution month (first-of-month dates, inclusive).</summary>
internal sealed record RateRule(BpuProgram Program, RateKind Kind, decimal Value, DateOnly From, DateOnly? To)
{
    public bool Covers(DateOnly month) => month >= From && (To is null || month <= To);
}

/// <summary>Which members a relief period is for.</summary>
internal enum ReliefGroup
{
    Transport,
    Other,
}

internal sealed record ReliefPeriod(ReliefGroup Group, DateOnly From, DateOnly To)
{
    public bool Covers(DateOnly month) => month >= From && month <= To;
}

internal sealed record ReliefRule(
    string Regulation,
    int PercentOff,
    IReadOnlySet<BpuProgram> Programs,
    bool ExcludesSponsored,
    IReadOnlyList<ReliefPeriod> Periods);
