using Jamsostek.Dialogs.Engine;

namespace Jamsostek.Dialogs.Answers;

/// <summary>
/// One sign-up as a line of the "status" list: whose it is, its reference, and where it stands. Kept in one
/// place so that what is told per sign-up (e.g. whether the first contribution is paid) is added here only.
/// </summary>
public static class SignUpStatusLine
{
    public static string Of(ExistingSignUp signUp)
    {
        ArgumentNullException.ThrowIfNull(signUp);
        var who = string.IsNullOrWhiteSpace(signUp.FullName) ? signUp.Reference : $"{signUp.FullName} ({signUp.Reference})";
        return signUp.Status switch
        {
            SignUpStatus.Approved => $"✅ {who}: disetujui, nomor kepesertaan (KPJ) {signUp.Kpj}",
            SignUpStatus.Rejected => $"⚠️ {who}: belum disetujui. Alasan: {signUp.RejectionReason}",
            SignUpStatus.Withdrawn => $"• {who}: dibatalkan",
            _ => $"• {who}: menunggu pemeriksaan petugas",
        };
    }
}
