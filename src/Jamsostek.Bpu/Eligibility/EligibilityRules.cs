namespace Jamsostek.Bpu;

/// <summary>Whether a person may register as a BPU, judged by age on the day of registration.</summary>
public sealed class EligibilityRules(EligibilityOptions options)
{
    public EligibilityResult Check(DateOnly birthDate, DateOnly today)
    {
        var age = Age.On(birthDate, today);
        if (age > options.MaxAgeAtRegistration)
        {
            return new EligibilityResult(false, age,
                $"Mohon maaf, pendaftaran peserta Bukan Penerima Upah hanya dapat dilakukan sampai usia "
                + $"{options.MaxAgeAtRegistration} tahun, sedangkan usia Anda saat ini {age} tahun. "
                + "Anda tetap dapat datang ke kantor cabang BPJS Ketenagakerjaan terdekat atau menghubungi "
                + "layanan 175 untuk menanyakan pilihan perlindungan yang sesuai bagi Anda.");
        }

        if (age < options.MinAge)
        {
            return new EligibilityResult(false, age,
                $"Mohon maaf, pendaftaran peserta Bukan Penerima Upah dapat dilakukan mulai usia "
                + $"{options.MinAge} tahun, sedangkan usia Anda saat ini {age} tahun. "
                + $"Silakan mendaftar kembali setelah Anda berusia {options.MinAge} tahun.");
        }

        return new EligibilityResult(true, age, null);
    }
}
