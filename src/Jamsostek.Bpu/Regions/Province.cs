namespace Jamsostek.Bpu;

/// <summary>A province (provinsi) as coded by Kemendagri, e.g. "63" Kalimantan Selatan.</summary>
public sealed record Province(string Code, string Name);
