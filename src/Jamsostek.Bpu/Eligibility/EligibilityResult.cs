namespace Jamsostek.Bpu;

/// <summary>The age check's verdict; Explanation (Bahasa Indonesia) is set only when refused.</summary>
public sealed record EligibilityResult(bool Eligible, int Age, string? Explanation);
