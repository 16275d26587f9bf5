using Jamsostek.Bot.Conversations;
using Jamsostek.Bot.Shared;

namespace Jamsostek.Bot.Channels.Telegram;

/// <summary>
/// A person who edits a sent message (say, to fix a NIK typo) would believe the bot took the correction; it
/// did not, and an answer must not change behind the conversation's back. So the edit changes nothing and
/// gets one short note (per edited message, however often it is edited or redelivered) to send the answer anew.
/// </summary>
public sealed class TelegramEditedMessageNotice(OneOffAnswer answers)
{
    public const string Text =
        "Maaf, pesan yang Anda ubah tidak kami baca ulang. Bila ingin memperbaiki jawaban, silakan kirim jawaban yang benar sebagai pesan baru.";

    /// <summary>Queues the note once for this message; false when nothing could be committed (deliver the update again).</summary>
    public Task<bool> QueueAsync(string chatId, int messageId, CancellationToken cancellationToken) =>
        answers.QueueAsync(ChannelNames.Telegram, chatId, $"{TelegramUpdateMapper.MessageIdPrefix}edit:{chatId}:{messageId}", Text, cancellationToken);
}
