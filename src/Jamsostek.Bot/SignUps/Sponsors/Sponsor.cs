namespace Jamsostek.Bot.SignUps.Sponsors;

/// <summary>
/// A regency programme that pays contributions from its APBD for a list of workers, matched by
/// <see cref="SignUp.Source"/> (the deep-link payload). The agreement's terms are the regency's, so every one
/// of them is a field an admin fills in, never a default the bot assumes.
/// </summary>
public sealed class Sponsor
{
    public long Id { get; set; }

    /// <summary>The deep-link payload, e.g. "hss2026".</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public required string RegencyCode { get; set; }

    /// <summary>Target per village, e.g. 100 for "1 desa 100 pekerja rentan".</summary>
    public int? QuotaPerVillage { get; set; }

    /// <summary>
    /// Per-village targets that differ from <see cref="QuotaPerVillage"/>, one "village code=quota" a line
    /// ("6306012001=120"); read through <see cref="SponsorVillageQuotas"/>.
    /// </summary>
    public string? VillageQuotas { get; set; }

    /// <summary>Target for the whole regency.</summary>
    public int? Quota { get; set; }

    /// <summary>The legal basis as written on the agreement, e.g. "Perbup HSS No. 12 Tahun 2026; PKS No. 5/2026".</summary>
    public string? LegalBasis { get; set; }

    /// <summary>The APBD budget year that pays.</summary>
    public int? BudgetYear { get; set; }

    /// <summary>First contribution month covered (first day), when the agreement says.</summary>
    public DateOnly? PeriodStart { get; set; }

    /// <summary>Last contribution month covered (first day), when the agreement says.</summary>
    public DateOnly? PeriodEnd { get; set; }

    /// <summary>
    /// Comma-separated eligible occupations or groups as the regency names them ("pekerja rentan,perangkat desa,RT/RW");
    /// empty: any. A list row whose occupation is not one of them is refused.
    /// </summary>
    public string? EligibleGroups { get; set; }

    /// <summary>Comma-separated programmes the regency pays, e.g. "JKK,JKM".</summary>
    public string Programs { get; set; } = "JKK,JKM";

    /// <summary>The target of one village (digits of its code): its own line in <see cref="VillageQuotas"/>, else the common one.</summary>
    public int? QuotaFor(string villageCode) => SponsorVillageQuotas.Parse(VillageQuotas).GetValueOrDefault(SponsorVillageQuotas.Digits(villageCode), QuotaPerVillage);

    /// <summary>The programmes paid, as a list ("JKK", "JKM", maybe "JHT").</summary>
    public IReadOnlyList<string> PaidPrograms => Programs.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
