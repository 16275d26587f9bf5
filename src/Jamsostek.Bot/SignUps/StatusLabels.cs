using Jamsostek.Dialogs.Engine;

namespace Jamsostek.Bot.SignUps;

/// <summary>How officers read a status.</summary>
public static class StatusLabels
{
    public static string Of(SignUpStatus status) => status switch
    {
        SignUpStatus.Pending => "Menunggu",
        SignUpStatus.Approved => "Disetujui",
        SignUpStatus.Rejected => "Ditolak",
        SignUpStatus.Withdrawn => "Dibatalkan",
        SignUpStatus.Held => "Menunggu persetujuan pekerja",
        _ => status.ToString(),
    };
}
