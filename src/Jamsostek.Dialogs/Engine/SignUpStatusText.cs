namespace Jamsostek.Dialogs.Engine;

/// <summary>How the asker's own sign-up status is told, from the menu or from a question, and what may follow it.</summary>
public static class SignUpStatusText
{
    /// <summary>Choice id that starts the registration flow (a rejected sign-up is corrected by signing up again).</summary>
    public const string SignUpAgainChoice = "mulai:" + RegistrationFlowId;

    public const string RegistrationFlowId = "registrasi-bpu";

    /// <summary>Choice id answered with what happens to a pending sign-up.</summary>
    public const string WhatNextChoice = "status:selanjutnya";

    private const string TopicPrefix = "topik:";
    private const string OfficerChoice = "petugas";

    public static string Describe(ExistingSignUp? signUp) => signUp switch
    {
        null => "Belum ada pendaftaran dari akun ini. Ketik *daftar* untuk mendaftar.",
        { Status: SignUpStatus.Approved } => $"✅ Pendaftaran {signUp.Reference} sudah disetujui. Nomor kepesertaan (KPJ) Anda: {signUp.Kpj}.",
        { Status: SignUpStatus.Rejected } =>
            $"⚠️ Pendaftaran {signUp.Reference} belum bisa disetujui. Alasan: {signUp.RejectionReason}\nKetik *daftar* untuk memperbaiki dan mengirim ulang.",
        { Status: SignUpStatus.Withdrawn } => $"Pendaftaran {signUp.Reference} sudah dibatalkan.",
        _ => $"Pendaftaran {signUp.Reference} sedang menunggu pemeriksaan petugas. Kami kabari di sini setelah diperiksa.",
    };

    /// <summary>
    /// The follow-ups that make sense for this status: the card and paying only once approved, correcting and
    /// sending again (or an officer) when rejected, what happens next while pending, signing up when there is none.
    /// </summary>
    public static IReadOnlyList<ReplyChoice> FollowUps(ExistingSignUp? signUp) => signUp?.Status switch
    {
        SignUpStatus.Approved => [new(TopicPrefix + "kartu-peserta", "Kartu & nomor KPJ"), new(TopicPrefix + "cara-bayar", "Cara bayar iuran")],
        SignUpStatus.Rejected => [new(SignUpAgainChoice, "Perbaiki & kirim ulang"), new(OfficerChoice, "Tanya petugas")],
        SignUpStatus.Pending => [new(WhatNextChoice, "Apa selanjutnya?"), new(OfficerChoice, "Tanya petugas")],
        _ => [new(SignUpAgainChoice, "Daftar jadi peserta")],
    };

    /// <summary>What happens to a pending sign-up; the same promises as the flow's "selesai" text.</summary>
    public const string WhatNext =
        "Petugas memeriksa data Anda. Setelah diperiksa, kami kabari di chat ini: bila disetujui, bersama nomor kepesertaan (KPJ) "
        + "dan cara membayar iuran pertama; bila ada yang perlu diperbaiki, bersama alasannya. Anda tidak perlu mendaftar lagi.";

    /// <summary>The status told with its follow-ups, as one message.</summary>
    public static Reply WithFollowUps(ExistingSignUp? signUp) => new(Describe(signUp), FollowUps(signUp));
}
