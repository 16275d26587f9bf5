namespace Jamsostek.Bpu;

/// <summary>A relief that applied to a quote; LastMonth is the first day of its last contribution month.</summary>
public sealed record ReliefInfo(string Regulation, int PercentOff, DateOnly LastMonth);
