using System.Globalization;
using Jamsostek.Bpu;

namespace Jamsostek.Bot.SignUps.Sponsors;

/// <summary>
/// A programme's terms as typed, in the console's form or on <c>sponsors add</c>: every field a string, so that a bad one
/// comes back with its own Indonesian message and nothing typed is lost. <see cref="Check"/> reads them into a programme.
/// </summary>
public sealed class SponsorProgrammeForm
{
    public static readonly string[] AllPrograms = ["JKK", "JKM", "JHT"];

    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? Regency { get; set; }

    public string? LegalBasis { get; set; }

    public string? BudgetYear { get; set; }

    /// <summary>First month covered, "2026-01".</summary>
    public string? PeriodStart { get; set; }

    /// <summary>Last month covered, "2026-12".</summary>
    public string? PeriodEnd { get; set; }

    public string? Quota { get; set; }

    public string? QuotaPerVillage { get; set; }

    /// <summary>One "village code = quota" a line (see <see cref="SponsorVillageQuotas"/>).</summary>
    public string? VillageQuotas { get; set; }

    public string? Groups { get; set; }

    /// <summary>"JKK,JKM" (JHT only when the agreement says the sponsor pays it too).</summary>
    public string? Programs { get; set; }

    public static SponsorProgrammeForm Of(Sponsor sponsor)
    {
        ArgumentNullException.ThrowIfNull(sponsor);
        return new()
        {
            Code = sponsor.Code, Name = sponsor.Name, Regency = sponsor.RegencyCode, LegalBasis = sponsor.LegalBasis,
            BudgetYear = Text(sponsor.BudgetYear), PeriodStart = sponsor.PeriodStart?.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            PeriodEnd = sponsor.PeriodEnd?.ToString("yyyy-MM", CultureInfo.InvariantCulture), Quota = Text(sponsor.Quota),
            QuotaPerVillage = Text(sponsor.QuotaPerVillage), VillageQuotas = SponsorVillageQuotas.ForEditing(sponsor.VillageQuotas),
            Groups = sponsor.EligibleGroups, Programs = sponsor.Programs,
        };
    }

    /// <summary>Reads every field; each bad one gets a message under its own name (Code, Name, Regency, …).</summary>
    /// <returns>The fields to save on <paramref name="sponsor"/> (left untouched when there are errors).</returns>
    public IReadOnlyDictionary<string, string> Check(RegionCatalog regions, Sponsor sponsor)
    {
        ArgumentNullException.ThrowIfNull(regions);
        ArgumentNullException.ThrowIfNull(sponsor);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var code = Code?.Trim() ?? string.Empty;
        if (code.Length is 0 or > 40 || !code.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-') || code.StartsWith(SponsorConsent.CodePrefix, StringComparison.Ordinal))
        {
            errors[nameof(Code)] = "Kode program: 1-40 huruf, angka, _ atau -, misalnya hss2026 (tidak diawali u_). Kode ini menjadi tautan t.me/…?start=kode.";
        }

        if (string.IsNullOrWhiteSpace(Name) || Name.Trim().Length > 200)
        {
            errors[nameof(Name)] = "Isi nama program (paling panjang 200 karakter).";
        }

        var regency = Regency?.Trim() ?? string.Empty;
        if (regions.FindRegency(regency) is null)
        {
            errors[nameof(Regency)] = string.IsNullOrEmpty(regency) ? "Pilih kabupaten/kota." : $"Kabupaten/kota dengan kode '{regency}' tidak dikenal, contoh: 63.06.";
        }

        if (LegalBasis?.Trim().Length > 300)
        {
            errors[nameof(LegalBasis)] = "Dasar hukum paling panjang 300 karakter.";
        }

        var year = Number(BudgetYear, nameof(BudgetYear), "Tahun anggaran ditulis empat angka, misalnya 2026.", errors);
        if (year is < 2000 or > 2100)
        {
            errors[nameof(BudgetYear)] = "Tahun anggaran ditulis empat angka, misalnya 2026.";
        }

        var start = Month(PeriodStart, nameof(PeriodStart), errors);
        var end = Month(PeriodEnd, nameof(PeriodEnd), errors);
        if ((start is null) != (end is null) && !errors.ContainsKey(nameof(PeriodStart)) && !errors.ContainsKey(nameof(PeriodEnd)))
        {
            errors[start is null ? nameof(PeriodStart) : nameof(PeriodEnd)] = "Isi bulan awal dan bulan akhir masa program, atau kosongkan keduanya.";
        }
        else if (start > end)
        {
            errors[nameof(PeriodEnd)] = "Bulan akhir tidak boleh sebelum bulan awal.";
        }

        var quota = Number(Quota, nameof(Quota), "Kuota total harus bilangan bulat lebih dari 0, atau kosong.", errors);
        var perVillage = Number(QuotaPerVillage, nameof(QuotaPerVillage), "Kuota per desa harus bilangan bulat lebih dari 0, atau kosong.", errors);
        if (!SponsorVillageQuotas.TryRead(VillageQuotas, out var villages, out var villageError))
        {
            errors[nameof(VillageQuotas)] = villageError!;
        }
        else if (villages.Keys.FirstOrDefault(v => !v.StartsWith(SponsorVillageQuotas.Digits(regency), StringComparison.Ordinal)
            || regions.FindVillage(SponsorVillageQuotas.Dotted(v)) is null) is { } outside && !errors.ContainsKey(nameof(Regency)))
        {
            errors[nameof(VillageQuotas)] = $"Desa {SponsorVillageQuotas.Dotted(outside)} tidak ada di {regions.FindRegency(regency)!.DisplayName}.";
        }

        var programs = (Programs ?? string.Empty).ToUpperInvariant().Split([',', ' ', '+'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct().ToList();
        if (programs.Count == 0 || programs.Any(p => !AllPrograms.Contains(p)) || !programs.Contains("JKK") || !programs.Contains("JKM"))
        {
            errors[nameof(Programs)] = "Program dibayar: JKK dan JKM (wajib bagi BPU), ditambah JHT hanya bila perjanjian menyebut sponsor membayarnya.";
        }

        if (Groups?.Trim().Length > 500)
        {
            errors[nameof(Groups)] = "Kelompok sasaran paling panjang 500 karakter.";
        }

        if (errors.Count == 0)
        {
            (sponsor.Code, sponsor.Name, sponsor.RegencyCode) = (code, Name!.Trim(), regency);
            sponsor.LegalBasis = Blank(LegalBasis);
            (sponsor.BudgetYear, sponsor.PeriodStart, sponsor.PeriodEnd) = (year, start, end);
            (sponsor.Quota, sponsor.QuotaPerVillage, sponsor.VillageQuotas) = (quota, perVillage, SponsorVillageQuotas.Format(villages));
            sponsor.EligibleGroups = Blank(Groups);
            sponsor.Programs = string.Join(',', AllPrograms.Where(programs.Contains));
        }

        return errors;
    }

    private static int? Number(string? text, string field, string message, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text.Trim().Replace(".", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0)
        {
            return n;
        }

        errors[field] = message;
        return null;
    }

    private static DateOnly? Month(string? text, string field, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return month;
        }

        errors[field] = "Bulan ditulis TAHUN-BULAN, misalnya 2026-01.";
        return null;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string? Text(int? n) => n?.ToString(CultureInfo.InvariantCulture);
}
