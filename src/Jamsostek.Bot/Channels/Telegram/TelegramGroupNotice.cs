using Jamsostek.Bot.Conversations;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.Outbox;
using Jamsostek.Bot.Shared;
using Jamsostek.Bpu;
using Jamsostek.Dialogs.Engine;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Channels.Telegram;

/// <summary>
/// Registration asks for NIK, birth date and address, which must never be shared with a group. A message to
/// the bot in a group is therefore never read as an answer; the group gets one short note (at most once a
/// day, WIB) to continue in a private chat. The day's ProcessedMessage key is the rate limit: no schema change.
/// </summary>
public sealed class TelegramGroupNotice(
    IDbContextFactory<BotDbContext> dbFactory,
    TelegramBotIdentity identity,
    TimeProvider timeProvider,
    ILogger<TelegramGroupNotice> logger)
{
    public const string Text =
        "Demi menjaga kerahasiaan data Anda, pendaftaran BPJS Ketenagakerjaan hanya dilakukan di chat pribadi dengan bot ini, bukan di grup.";

    /// <summary>The note with a link to the bot's private chat when its username is known.</summary>
    public static string TextFor(string? botUsername) =>
        botUsername is null ? Text : $"{Text} Silakan buka {TelegramBotIdentity.LinkTo(botUsername)} lalu ketik /start.";

    /// <summary>Queues today's note for the group unless it already has one; false when nothing could be committed.</summary>
    public async Task<bool> QueueAsync(string chatId, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var day = DateOnly.FromDateTime(IndonesianTimeZone.Wib.ToLocal(now).DateTime);
        var key = $"{TelegramUpdateMapper.MessageIdPrefix}group:{chatId}:{day:yyyy-MM-dd}";
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            if (await db.ProcessedMessages.AnyAsync(m => m.Channel == ChannelNames.Telegram && m.MessageId == key, cancellationToken))
            {
                return true;
            }

            var text = TextFor(await identity.UsernameAsync(cancellationToken));
            db.ProcessedMessages.Add(new ProcessedMessage { Channel = ChannelNames.Telegram, MessageId = key, ProcessedAt = now });
            db.OutboxMessages.Add(OutboxChoices.ToOutbox(Reply.Plain(text), ChannelNames.Telegram, chatId, turnMessageId: null, now));
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            return true; // another message of the same group, handled in parallel, queued today's note
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning("Could not queue the group notice on Telegram: {Error}", ex.GetType().Name);
            return false;
        }
    }
}
