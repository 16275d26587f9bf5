namespace Jamsostek.Bot.SignUps;

/// <summary>A reason an officer can pick when rejecting, with how the worker fixes it; CanResubmit is false when a corrected sign-up would not help.</summary>
public sealed record RejectionReason(string Code, string Label, string HowToFix, bool CanResubmit = true)
{
    /// <summary>The code of the free-text reason: the officer's note is the reason.</summary>
    public const string Other = "lainnya";

    public static IReadOnlyList<RejectionReason> All { get; } =
    [
        new("nik", "NIK tidak sesuai dengan KTP", "Periksa kembali 16 angka NIK pada KTP Anda."),
        new("identitas", "Nama atau tanggal lahir tidak sesuai dengan KTP", "Tulis nama dan tanggal lahir persis seperti pada KTP."),
        new("alamat", "Alamat atau desa tidak jelas", "Tulis alamat lengkap (jalan, RT/RW) dan pilih desa tempat Anda tinggal."),
        new("terdaftar", "NIK sudah terdaftar sebagai peserta", "Hubungi kantor cabang BPJS Ketenagakerjaan atau layanan 175 untuk memeriksa kepesertaan Anda.", CanResubmit: false),
        new("pekerjaan", "Pekerjaan tidak termasuk pekerja mandiri (BPU)", "Jika pekerjaan Anda berbeda, pilih pekerjaan yang sesuai."),
        new("ahli-waris", "Data ahli waris tidak lengkap", "Tulis nama lengkap ahli waris dan hubungannya dengan Anda."),
        new(Other, "Alasan lain", "Perbaiki data Anda sesuai alasan di atas."),
    ];

    public static RejectionReason? Find(string? code) => All.FirstOrDefault(r => r.Code == code);
}
