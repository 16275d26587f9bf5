namespace Jamsostek.Bpu;

/// <summary>Age limits for registering a BPU; settings because both may change by policy.</summary>
public sealed class EligibilityOptions
{
    /// <summary>Oldest age at which a BPU may register (branch statement, 2022; earlier it was 56).</summary>
    public int MaxAgeAtRegistration { get; set; } = 65;

    /// <summary>
    /// Youngest age. UNVERIFIED: no source states a minimum for BPU; 15 follows the labour law's
    /// working age, so an operator must be able to change it.
    /// </summary>
    public int MinAge { get; set; } = 15;
}
