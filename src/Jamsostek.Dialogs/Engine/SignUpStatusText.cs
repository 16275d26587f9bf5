namespace Jamsostek.Dialogs.Engine;

/// <summary>How the asker's own sign-up status is told, from the menu or from a question.</summary>
public static class SignUpStatusText
{
    public static string Describe(ExistingSignUp? signUp) => signUp switch
    {
        null => "Belum ada pendaftaran dari akun ini. Ketik *daftar* untuk mendaftar.",
        { Status: SignUpStatus.Approved } => $"✅ Pendaftaran {signUp.Reference} sudah disetujui. Nomor kepesertaan (KPJ) Anda: {signUp.Kpj}.",
        { Status: SignUpStatus.Rejected } =>
            $"⚠️ Pendaftaran {signUp.Reference} belum bisa disetujui. Alasan: {signUp.RejectionReason}\nKetik *daftar* untuk memperbaiki dan mengirim ulang.",
        { Status: SignUpStatus.Withdrawn } => $"Pendaftaran {signUp.Reference} sudah dibatalkan.",
        _ => $"Pendaftaran {signUp.Reference} sedang menunggu pemeriksaan petugas. Kami kabari di sini setelah diperiksa.",
    };
}
