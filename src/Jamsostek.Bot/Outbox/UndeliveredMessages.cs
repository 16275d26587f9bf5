using System.Text.RegularExpressions;
using Jamsostek.Bot.Data;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Outbox;

/// <summary>
/// The messages to a person's chats that were refused for good or reported failed (OutboxMessages.LastError), each
/// with a plain Indonesian explanation of the common codes, for the officer who looks at the sign-up or member.
/// </summary>
public static partial class UndeliveredMessages
{
    /// <summary>The newest ones shown; older ones say nothing an officer would act on.</summary>
    public const int Limit = 10;

    /// <summary>The reason kept on a reply given up because its chat's personal data was erased (not a refusal).</summary>
    public const string Erased = "personal data erased";

    public static async Task<IReadOnlyList<UndeliveredMessage>> OfChatsAsync(
        BotDbContext db, IReadOnlyCollection<(string Channel, string ChatId)> chats, CancellationToken cancellationToken)
    {
        var keys = chats.Select(c => c.Channel + ":" + c.ChatId).Distinct().ToList();
        var rows = await db.OutboxMessages.AsNoTracking()
            .Where(m => keys.Contains(m.Channel + ":" + m.ChatId) && m.LastError != null && m.LastError != Erased
                && (m.AbandonedAt != null || m.DeliveryStatus == "failed"))
            .OrderByDescending(m => m.Id)
            .Take(Limit)
            .Select(m => new { m.CreatedAt, m.Channel, m.TurnMessageId, m.LastError })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new UndeliveredMessage(r.CreatedAt, r.Channel, r.TurnMessageId is null, r.LastError!, Explain(r.LastError!)))];
    }

    /// <summary>What the channel's reason means for the officer, and what they can do.</summary>
    public static string Explain(string reason)
    {
        var code = WhatsAppCode().Match(reason) is { Success: true } m ? m.Groups[1].Value : null;
        return code switch
        {
            "131026" => "Nomor ini tidak dapat menerima pesan WhatsApp: mungkin tidak terdaftar di WhatsApp, aplikasinya versi lama, atau pemiliknya belum menyetujui ketentuan WhatsApp terbaru. Hubungi pekerja lewat telepon atau SMS.",
            "131048" => "WhatsApp membatasi nomor bot karena banyak pesan sebelumnya diblokir atau dilaporkan sebagai spam. Pesan tidak dikirim ulang; hubungi pekerja dengan cara lain dan beri tahu admin.",
            "131051" => "Jenis pesan ini tidak didukung WhatsApp. Beri tahu admin.",
            "131047" => "Sudah lebih dari 24 jam sejak pekerja terakhir menulis di WhatsApp, dan templat pesan belum disetujui atau belum diatur. Pesan dikirim bila pekerja menulis lagi.",
            "131049" => "WhatsApp menahan pesan ini agar pekerja tidak menerima terlalu banyak pesan bisnis. Coba lagi beberapa hari lagi atau hubungi pekerja dengan cara lain.",
            "132001" or "132000" => "Templat pesan WhatsApp tidak ditemukan atau isinya tidak cocok dengan yang disetujui Meta. Beri tahu admin.",
            _ when reason.Contains("blocked", StringComparison.OrdinalIgnoreCase) => "Pekerja memblokir bot, sehingga pesan tidak dapat dikirim. Hubungi pekerja dengan cara lain.",
            _ when reason.Contains("chat not found", StringComparison.OrdinalIgnoreCase) || reason.Contains("deactivated", StringComparison.OrdinalIgnoreCase) =>
                "Akun pekerja tidak ditemukan lagi (dihapus atau dinonaktifkan). Hubungi pekerja dengan cara lain.",
            _ => "Layanan pesan menolak pesan ini dan tidak akan mencoba lagi. Hubungi pekerja dengan cara lain; bila sering terjadi, beri tahu admin.",
        };
    }

    [GeneratedRegex(@"WhatsApp (\d+)")]
    private static partial Regex WhatsAppCode();
}
