namespace Jamsostek.Bot.Officers.Access;

/// <summary>What an access entry records, with how the admin's page names it.</summary>
public static class AccessActions
{
    public const string SignIn = "masuk";
    public const string SignInFailed = "masuk-gagal";
    public const string SignOut = "keluar";
    public const string ViewSignUp = "buka-pendaftaran";
    public const string ViewSignUpRefused = "buka-pendaftaran-ditolak";
    public const string Search = "cari";
    public const string ExportApproved = "ekspor-disetujui";
    public const string ExportAudit = "ekspor-riwayat";
    public const string ExportSignUpAudit = "ekspor-riwayat-pendaftaran";
    public const string ExportAccess = "ekspor-akses";
    public const string AccountAdded = "akun-dibuat";
    public const string AccountPassword = "akun-sandi";
    public const string AccountRegencies = "akun-wilayah";
    public const string AccountDisabled = "akun-nonaktif";
    public const string AccountEnabled = "akun-aktif";
    public const string AccountUnlocked = "akun-buka-kunci";
    public const string CliList = "cli-daftar";
    public const string CliDecision = "cli-keputusan";

    public static string Label(string action) => action switch
    {
        SignIn => "Masuk",
        SignInFailed => "Gagal masuk",
        SignOut => "Keluar",
        ViewSignUp => "Membuka pendaftaran",
        ViewSignUpRefused => "Membuka pendaftaran: tidak ada atau di luar wilayah",
        Search => "Mencari di antrean",
        ExportApproved => "Unduh CSV peserta disetujui",
        ExportAudit => "Unduh CSV riwayat perubahan",
        ExportSignUpAudit => "Unduh CSV riwayat satu pendaftaran",
        ExportAccess => "Unduh CSV catatan akses",
        AccountAdded => "Membuat akun",
        AccountPassword => "Mengganti kata sandi akun",
        AccountRegencies => "Mengubah wilayah akun",
        AccountDisabled => "Menonaktifkan akun",
        AccountEnabled => "Mengaktifkan akun",
        AccountUnlocked => "Membuka kunci akun",
        CliList => "Daftar pendaftaran lewat CLI",
        CliDecision => "Keputusan lewat CLI",
        _ => action,
    };
}
