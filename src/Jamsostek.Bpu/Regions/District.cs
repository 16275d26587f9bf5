namespace Jamsostek.Bpu;

/// <summary>A district (kecamatan), coded "PP.RR.SS", e.g. "63.06.05" Kandangan.</summary>
public sealed record District(string Code, string RegencyCode, string Name);
