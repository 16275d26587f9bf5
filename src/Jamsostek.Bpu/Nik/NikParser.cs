using System.Globalization;

namespace Jamsostek.Bpu;

/// <summary>
/// Checks a typed NIK (PP RR SS DDMMYY NNNN) against the region catalog and the calendar, so that a
/// NIK that cannot match the KTP is caught at sign-up instead of failing a claim years later.
/// </summary>
public sealed class NikParser(RegionCatalog regions)
{
    private const int NikLength = 16;
    private const int FemaleDayOffset = 40;
    private const int MaxAgeYears = 100;
    private const string CheckKtp = "Silakan periksa kembali KTP Anda lalu ketik ulang NIK.";

    /// <summary>
    /// Parses what the user typed. Spaces, dots and dashes are ignored because people copy the NIK
    /// in groups ("6306 0552 0890 0003", "6306.0552.0890.0003").
    /// </summary>
    public NikResult Parse(string input, DateOnly today)
    {
        var nik = new string((input ?? string.Empty)
            .Where(c => !char.IsWhiteSpace(c) && c is not ('.' or '-'))
            .ToArray());

        if (nik.Length == 0)
        {
            return NikResult.Invalid(NikProblem.Empty,
                "NIK belum Anda isi. Silakan ketik 16 angka NIK yang tertera pada KTP Anda.");
        }

        if (!nik.All(char.IsAsciiDigit))
        {
            return NikResult.Invalid(NikProblem.NotDigits,
                "NIK hanya berisi angka, sedangkan yang Anda ketik memuat huruf atau tanda lain. "
                + "Silakan ketik ulang 16 angka NIK sesuai KTP Anda.");
        }

        if (nik.Length != NikLength)
        {
            return NikResult.Invalid(NikProblem.WrongLength,
                $"NIK harus {NikLength} angka, yang Anda ketik {nik.Length} angka. "
                + "Silakan periksa KTP Anda lalu ketik ulang NIK.");
        }

        var provinceCode = nik[..2];
        var province = regions.FindProvince(provinceCode);
        if (province is null)
        {
            return NikResult.Invalid(NikProblem.UnknownProvince,
                $"Dua angka pertama NIK ({provinceCode}) bukan kode provinsi yang kami kenal. {CheckKtp}");
        }

        var regencyCode = $"{provinceCode}.{nik[2..4]}";
        var regency = regions.FindRegency(regencyCode);
        if (regency is null)
        {
            return NikResult.Invalid(NikProblem.UnknownRegency,
                $"Angka ke-3 dan ke-4 NIK ({nik[2..4]}) bukan kode kabupaten/kota yang kami kenal "
                + $"di Provinsi {province.Name}. {CheckKtp}");
        }

        // Old NIKs may carry a district code that has since been split or renumbered; the data set
        // only knows current codes, so the user is pointed to a person who can look it up.
        var districtCode = $"{regencyCode}.{nik[4..6]}";
        if (regions.FindDistrict(districtCode) is null)
        {
            return NikResult.Invalid(NikProblem.UnknownDistrict,
                $"Angka ke-5 dan ke-6 NIK ({nik[4..6]}) bukan kode kecamatan yang kami kenal di "
                + $"{regency.DisplayName}. {CheckKtp} Jika NIK sudah sama dengan KTP, silakan hubungi "
                + "kantor cabang BPJS Ketenagakerjaan terdekat atau layanan 175.");
        }

        var day = ParseInt(nik[6..8]);
        var month = ParseInt(nik[8..10]);
        var twoDigitYear = ParseInt(nik[10..12]);
        var sex = day > FemaleDayOffset ? Sex.Female : Sex.Male;
        if (sex == Sex.Female)
        {
            day -= FemaleDayOffset;
        }

        var birthDate = ResolveBirthDate(day, month, twoDigitYear, today, out var anyRealDate);
        if (!anyRealDate)
        {
            return NikResult.Invalid(NikProblem.InvalidDate,
                "Angka ke-7 sampai ke-12 NIK (tanggal, bulan dan tahun lahir) tidak membentuk tanggal "
                + $"yang benar. {CheckKtp}");
        }

        if (birthDate is null)
        {
            return NikResult.Invalid(NikProblem.FutureOrTooOld,
                "Tanggal lahir pada NIK belum terjadi atau lebih dari 100 tahun yang lalu, jadi "
                + $"kemungkinan ada angka yang tertukar. {CheckKtp}");
        }

        var serial = nik[12..];
        if (serial == "0000")
        {
            return NikResult.Invalid(NikProblem.ZeroSerial,
                $"Empat angka terakhir NIK tidak mungkin 0000. {CheckKtp}");
        }

        return NikResult.Valid(new NikInfo(
            nik, provinceCode, regencyCode, districtCode, birthDate.Value, sex, serial));
    }

    /// <summary>
    /// Hides the middle of a NIK for logs and lists: first 4 and last 2 digits stay ("6306**********03").
    /// Anything too short to mask meaningfully is hidden entirely.
    /// </summary>
    public static string Mask(string nik)
    {
        ArgumentNullException.ThrowIfNull(nik);
        const int keepStart = 4;
        const int keepEnd = 2;
        return nik.Length <= keepStart + keepEnd
            ? new string('*', nik.Length)
            : string.Concat(nik.AsSpan(0, keepStart), new string('*', nik.Length - keepStart - keepEnd),
                nik.AsSpan(nik.Length - keepEnd));
    }

    /// <summary>
    /// The NIK has only two year digits: try this century and the previous one and keep the latest
    /// date that makes the person 0-100 years old on <paramref name="today"/>. A date valid in only
    /// one century (29 February 1900 vs 2000) is judged in that century.
    /// </summary>
    private static DateOnly? ResolveBirthDate(int day, int month, int twoDigitYear, DateOnly today, out bool anyRealDate)
    {
        anyRealDate = false;
        var century = today.Year / 100 * 100;
        foreach (var year in new[] { century + twoDigitYear, century - 100 + twoDigitYear })
        {
            if (month is < 1 or > 12 || day < 1 || year < 1 || day > DateTime.DaysInMonth(year, month))
            {
                continue;
            }

            anyRealDate = true;
            var date = new DateOnly(year, month, day);
            if (date <= today && Age.On(date, today) <= MaxAgeYears)
            {
                return date;
            }
        }

        return null;
    }

    private static int ParseInt(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
}
