namespace Jamsostek.Bot.SignUps.Sponsors;

/// <summary>A regency programme that pays for workers, matched by <see cref="SignUp.Source"/> (the deep-link payload).</summary>
public sealed class Sponsor
{
    public long Id { get; set; }

    /// <summary>The deep-link payload, e.g. "hss2026".</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public required string RegencyCode { get; set; }

    /// <summary>Target per village, e.g. 100 for "1 desa 100 pekerja rentan".</summary>
    public int? QuotaPerVillage { get; set; }

    /// <summary>Target for the whole regency.</summary>
    public int? Quota { get; set; }
}
