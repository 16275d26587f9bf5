namespace Jamsostek.Bpu;

/// <summary>The monthly contribution for one person and one contribution month, in whole rupiah.</summary>
public sealed record ContributionQuote(
    IncomeBracket Bracket,
    IReadOnlyList<ProgramAmount> Lines,
    decimal Total,
    decimal TotalWithoutRelief,
    ReliefInfo? Relief);
