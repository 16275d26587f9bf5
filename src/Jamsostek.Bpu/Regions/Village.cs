namespace Jamsostek.Bpu;

/// <summary>A village (desa) or urban village (kelurahan), coded "PP.RR.SS.VVVV".</summary>
public sealed record Village(string Code, string DistrictCode, string Name);
