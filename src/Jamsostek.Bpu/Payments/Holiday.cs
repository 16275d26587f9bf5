namespace Jamsostek.Bpu;

/// <summary>One day off from the holiday file: a national holiday or a cuti bersama, with where it comes from.</summary>
public sealed record Holiday(DateOnly Date, string Name, bool CutiBersama, string Source, bool Unverified);
