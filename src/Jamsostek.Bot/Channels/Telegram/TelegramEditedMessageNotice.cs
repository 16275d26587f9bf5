using Jamsostek.Bot.Conversations;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.Outbox;
using Jamsostek.Dialogs.Engine;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Channels.Telegram;

/// <summary>
/// A person who edits a sent message (say, to fix a NIK typo) would believe the bot took the correction; it
/// did not, and an answer must not change behind the conversation's back. So the edit changes nothing and
/// gets one short note (per edited message, however often it is edited or redelivered) to send the answer anew.
/// </summary>
public sealed class TelegramEditedMessageNotice(
    IDbContextFactory<BotDbContext> dbFactory, TimeProvider timeProvider, ILogger<TelegramEditedMessageNotice> logger)
{
    public const string Text =
        "Maaf, pesan yang Anda ubah tidak kami baca ulang. Bila ingin memperbaiki jawaban, silakan kirim jawaban yang benar sebagai pesan baru.";

    /// <summary>Queues the note once for this message; false when nothing could be committed (deliver the update again).</summary>
    public async Task<bool> QueueAsync(string chatId, int messageId, CancellationToken cancellationToken)
    {
        var key = $"{TelegramUpdateMapper.MessageIdPrefix}edit:{chatId}:{messageId}";
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            if (await db.ProcessedMessages.AnyAsync(m => m.Channel == ChannelNames.Telegram && m.MessageId == key, cancellationToken))
            {
                return true;
            }

            var now = timeProvider.GetUtcNow();
            db.ProcessedMessages.Add(new ProcessedMessage { Channel = ChannelNames.Telegram, MessageId = key, ProcessedAt = now });
            db.OutboxMessages.Add(OutboxChoices.ToOutbox(Reply.Plain(Text), ChannelNames.Telegram, chatId, key, now));
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            return true; // the same edit, handled in parallel
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning("Could not queue the edited-message note on Telegram: {Error}", ex.GetType().Name);
            return false;
        }
    }
}
