namespace Jamsostek.Bot.SignUps.Decisions;

/// <summary>
/// A reason an officer can pick when rejecting, with how the worker fixes it; CanResubmit is false when a corrected
/// sign-up would not help. Every reason is one the chat can fix (it asks for no photo or document), or says where
/// else to go. <see cref="Steps"/> are the registration steps (registrasi-bpu.yaml ids) asked again when the worker
/// types "daftar" after this rejection; the other answers are kept.
/// </summary>
public sealed record RejectionReason(string Code, string Label, string HowToFix, bool CanResubmit = true, IReadOnlyList<string>? Steps = null)
{
    /// <summary>The code of the free-text reason: the officer's note is the reason.</summary>
    public const string Other = "lainnya";

    public static IReadOnlyList<RejectionReason> All { get; } =
    [
        new("nik", "NIK tidak sesuai dengan KTP", "Periksa kembali 16 angka NIK pada KTP Anda.", Steps: ["nik"]),
        new("identitas", "Nama atau tanggal lahir tidak sesuai dengan KTP", "Tulis nama dan tanggal lahir persis seperti pada KTP.", Steps: ["nama", "tanggal_lahir"]),
        new("alamat", "Alamat atau desa tidak jelas", "Tulis alamat lengkap (jalan, RT/RW) dan pilih desa tempat Anda tinggal.", Steps: ["desa", "alamat"]),
        new("terdaftar", "NIK sudah terdaftar sebagai peserta", "Hubungi kantor cabang BPJS Ketenagakerjaan atau layanan 175 untuk memeriksa kepesertaan Anda.", CanResubmit: false),
        new("pekerjaan", "Pekerjaan tidak termasuk pekerja mandiri (BPU)", "Jika pekerjaan Anda berbeda, pilih pekerjaan yang sesuai.", Steps: ["pekerjaan"]),
        new("ahli-waris", "Data ahli waris tidak lengkap", "Tulis nama lengkap ahli waris dan hubungannya dengan Anda.", Steps: ["ahli_waris_nama", "ahli_waris_hubungan"]),
        new(Other, "Alasan lain", "Perbaiki data Anda sesuai alasan di atas; di ringkasan pilih *Ubah data*."),
    ];

    public static RejectionReason? Find(string? code) => All.FirstOrDefault(r => r.Code == code);

    /// <summary>The reason whose label starts the text the worker was told (see DecisionMessages.ReasonText); null for a free-text reason.</summary>
    public static RejectionReason? FromToldText(string? told) =>
        told is null ? null : All.FirstOrDefault(r => r.Code != Other && told.StartsWith(r.Label, StringComparison.Ordinal));
}
