using Jamsostek.Bpu;
using Jamsostek.Dialogs.Parsing;

namespace Jamsostek.Bot.SignUps.Sponsors;

/// <summary>
/// The checks of one list row that need no database, by the rules a chat sign-up uses (NIK format and region, birth
/// date and sex from the NIK, age limits, the phone parser), plus the sponsor's own: village in its regency, occupation
/// among its groups. Reasons are for the regency's officer, in Indonesian. Duplicates are <see cref="SponsorImport"/>'s.
/// </summary>
public sealed class SponsorRowChecks(NikParser nikParser, EligibilityRules eligibility, RegionCatalog regions)
{
    public SponsorRowResult Check(SponsorListFile file, SponsorListRow row, Sponsor sponsor, SponsorVillages villages, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(sponsor);
        ArgumentNullException.ThrowIfNull(villages);
        var reasons = new List<string>();
        var typedNik = file.Value(row, SponsorListColumn.Nik);
        var nik = nikParser.Parse(typedNik, today);
        if (nik.Info is { } info)
        {
            var age = eligibility.Check(info.BirthDate, today);
            if (!age.Eligible)
            {
                reasons.Add(age.Refusal == AgeRefusal.TooOld
                    ? $"Usia {age.Age} tahun (dari NIK): melewati batas usia mendaftar peserta BPU ({age.Limit} tahun)."
                    : $"Usia {age.Age} tahun (dari NIK): belum mencapai usia minimal peserta BPU ({age.Limit} tahun).");
            }
        }
        else
        {
            reasons.Add(NikReason(nik.Problem, typedNik));
        }

        var name = file.Value(row, SponsorListColumn.Name);
        if (name.Length == 0)
        {
            reasons.Add("Nama kosong.");
        }

        var typedPhone = file.Value(row, SponsorListColumn.Phone);
        string? phone = null;
        if (typedPhone.Length > 0)
        {
            var parsed = PhoneParser.Parse(typedPhone);
            phone = parsed.Value;
            if (!parsed.Ok)
            {
                reasons.Add($"Nomor HP \"{typedPhone}\" bukan nomor HP Indonesia yang sah (contoh 0812-3456-7890).");
            }
        }

        var typedVillage = file.Value(row, SponsorListColumn.Village);
        var village = villages.Find(typedVillage, out var villageProblem);
        if (villageProblem is not null)
        {
            reasons.Add(villageProblem);
        }

        var occupation = file.Value(row, SponsorListColumn.Occupation);
        var groups = Groups(sponsor);
        if (groups.Count > 0 && !groups.Contains(occupation, StringComparer.OrdinalIgnoreCase))
        {
            reasons.Add(occupation.Length == 0
                ? $"Pekerjaan kosong; program ini untuk: {string.Join(", ", groups)}."
                : $"Pekerjaan \"{occupation}\" tidak termasuk kelompok program ini ({string.Join(", ", groups)}).");
        }

        return new SponsorRowResult(row.Line, reasons, nik.Info?.Nik, name, phone, village, occupation);
    }

    /// <summary>The villages of the sponsor's regency, for <see cref="Check"/>; built once per import.</summary>
    public SponsorVillages VillagesOf(Sponsor sponsor)
    {
        ArgumentNullException.ThrowIfNull(sponsor);
        var regency = regions.FindRegency(sponsor.RegencyCode)?.DisplayName ?? sponsor.RegencyCode;
        return new SponsorVillages(regency, [.. regions.DistrictsOf(sponsor.RegencyCode).SelectMany(d => regions.VillagesOf(d.Code))]);
    }

    private static List<string> Groups(Sponsor sponsor) =>
        [.. (sponsor.EligibleGroups ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>The parser's verdict, told to the officer who holds the list (the parser's own words speak to the worker).</summary>
    private static string NikReason(NikProblem? problem, string typed)
    {
        var digits = new string([.. typed.Where(c => !char.IsWhiteSpace(c) && c is not ('.' or '-'))]);
        return problem switch
        {
            NikProblem.Empty => "NIK kosong.",
            NikProblem.NotDigits => "NIK memuat huruf atau tanda selain angka.",
            NikProblem.WrongLength => $"NIK harus 16 angka, tertulis {digits.Length} angka.",
            NikProblem.UnknownProvince => $"Kode provinsi pada NIK ({digits[..2]}) tidak dikenal.",
            NikProblem.UnknownRegency => $"Kode kabupaten/kota pada NIK ({digits[2..4]}) tidak dikenal.",
            NikProblem.UnknownDistrict => $"Kode kecamatan pada NIK ({digits[4..6]}) tidak dikenal.",
            NikProblem.InvalidDate => "Tanggal lahir pada NIK (angka ke-7 sampai ke-12) bukan tanggal yang benar.",
            NikProblem.FutureOrTooOld => "Tanggal lahir pada NIK belum terjadi atau lebih dari 100 tahun lalu.",
            NikProblem.ZeroSerial => "Empat angka terakhir NIK tidak boleh 0000.",
            _ => "NIK tidak sah.",
        };
    }
}
