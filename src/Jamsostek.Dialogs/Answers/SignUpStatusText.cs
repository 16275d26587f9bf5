using Jamsostek.Dialogs.Engine;

namespace Jamsostek.Dialogs.Answers;

/// <summary>How the asker's own sign-up status is told, from the menu or from a question, and what may follow it.</summary>
public static class SignUpStatusText
{
    /// <summary>Choice id that starts the registration flow (a rejected sign-up is corrected by signing up again).</summary>
    public const string SignUpAgainChoice = EngineServices.SignUpAgainChoice;

    public const string RegistrationFlowId = EngineServices.RegistrationFlowId;

    /// <summary>Choice id answered with what happens to a pending sign-up.</summary>
    public const string WhatNextChoice = "status:selanjutnya";

    private const string TopicPrefix = "topik:";
    private const string OfficerChoice = "petugas";

    public static string Describe(ExistingSignUp? signUp) => signUp switch
    {
        null => "Belum ada pendaftaran dari akun ini. Ketik *daftar* untuk mendaftar.",
        { Status: SignUpStatus.Approved } => $"✅ Pendaftaran {Who(signUp)} sudah disetujui. Nomor kepesertaan (KPJ): {signUp.Kpj}.",
        { Status: SignUpStatus.Rejected } =>
            $"⚠️ Pendaftaran {Who(signUp)} belum bisa disetujui. Alasan: {signUp.RejectionReason}\nKetik *daftar* untuk memperbaiki dan mengirim ulang.",
        { Status: SignUpStatus.Withdrawn } => $"Pendaftaran {Who(signUp)} sudah dibatalkan.",
        _ => $"Pendaftaran {Who(signUp)} sedang menunggu pemeriksaan petugas. Kami kabari di sini setelah diperiksa.",
    };

    private static string Who(ExistingSignUp signUp) =>
        string.IsNullOrWhiteSpace(signUp.FullName) ? signUp.Reference : $"{signUp.FullName} ({signUp.Reference})";

    /// <summary>
    /// The follow-ups that make sense for this status: the card and paying only once approved, correcting and
    /// sending again (or an officer) when rejected, what happens next while pending, signing up when there is none.
    /// </summary>
    public static IReadOnlyList<ReplyChoice> FollowUps(ExistingSignUp? signUp) => signUp?.Status switch
    {
        SignUpStatus.Approved => [new(TopicPrefix + "kartu-peserta", "Kartu & nomor KPJ"), new(TopicPrefix + "cara-bayar", "Cara bayar iuran")],
        SignUpStatus.Rejected => [new(RegistrationFor.OwnChoice, "Perbaiki & kirim ulang"), new(OfficerChoice, "Tanya petugas")],
        SignUpStatus.Pending => [new(WhatNextChoice, "Apa selanjutnya?"), new(OfficerChoice, "Tanya petugas")],
        _ => [new(SignUpAgainChoice, "Daftar jadi peserta")],
    };

    /// <summary>What happens to a pending sign-up; the same promises as the flow's "selesai" text.</summary>
    public const string WhatNext =
        "Petugas memeriksa data Anda. Setelah diperiksa, kami kabari di chat ini: bila disetujui, bersama nomor kepesertaan (KPJ) "
        + "dan cara membayar iuran pertama; bila ada yang perlu diperbaiki, bersama alasannya. Anda tidak perlu mendaftar lagi.";

    /// <summary>The status told with its follow-ups, as one message.</summary>
    public static Reply WithFollowUps(ExistingSignUp? signUp) => new(Describe(signUp), FollowUps(signUp));

    /// <summary>
    /// Every sign-up of the chat (newest first), one line each with name, reference and status, and the member's
    /// payment lines under an approved one; one sign-up is told as before. The follow-ups are those of each status
    /// present, at most three.
    /// </summary>
    public static Reply WithFollowUps(IReadOnlyList<ExistingSignUp> signUps, IDialogLookups lookups)
    {
        ArgumentNullException.ThrowIfNull(signUps);
        if (signUps.Count <= 1)
        {
            var only = signUps.Count == 0 ? null : signUps[0];
            return new Reply(MemberStatusLines.WithMember(Describe(only), only, lookups), FollowUps(only));
        }

        var text = "Pendaftaran dari akun ini:\n"
            + string.Join('\n', signUps.Select(s => MemberStatusLines.WithMember(SignUpStatusLine.Of(s), s, lookups)));
        var followUps = signUps.SelectMany(FollowUps).DistinctBy(c => c.Id).Take(3).ToList();
        return new Reply(text, followUps);
    }
}
