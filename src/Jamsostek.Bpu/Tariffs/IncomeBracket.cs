namespace Jamsostek.Bpu;

/// <summary>
/// One income bracket (dasar penghasilan): declared income From (inclusive) up to ToExclusive (null
/// for the top bracket) is charged as if it were Base.
/// </summary>
public sealed record IncomeBracket(int Number, decimal From, decimal? ToExclusive, decimal Base);
