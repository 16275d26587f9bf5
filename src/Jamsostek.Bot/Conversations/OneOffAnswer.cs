using Jamsostek.Bot.Data;
using Jamsostek.Bot.Outbox;
using Jamsostek.Dialogs.Engine;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Conversations;

/// <summary>
/// Answers one inbound message once, outside the dialog engine (an edited Telegram message, a photo on WhatsApp, the
/// WhatsApp link check): the message's key in ProcessedMessages, whatever else the answer changes and its outbox row
/// in one save, so a redelivery, or the same message handled in parallel, changes nothing and sends nothing.
/// </summary>
public sealed class OneOffAnswer(IDbContextFactory<BotDbContext> dbFactory, TimeProvider timeProvider, ILogger<OneOffAnswer> logger)
{
    /// <summary>Queues <paramref name="text"/> once for this message; false when nothing could be committed (deliver it again).</summary>
    public Task<bool> QueueAsync(string channel, string chatId, string messageKey, string text, CancellationToken cancellationToken) =>
        QueueAsync(channel, chatId, messageKey, (_, _) => Task.FromResult(text), cancellationToken);

    /// <summary>
    /// As above, with the answer decided by <paramref name="answer"/> inside the same save (it may change rows of the
    /// context it is given); it runs only for a message not handled before.
    /// </summary>
    public async Task<bool> QueueAsync(
        string channel, string chatId, string messageKey, Func<BotDbContext, DateTimeOffset, Task<string>> answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            if (await db.ProcessedMessages.AnyAsync(m => m.Channel == channel && m.MessageId == messageKey, cancellationToken))
            {
                return true;
            }

            var now = timeProvider.GetUtcNow();
            db.ProcessedMessages.Add(new ProcessedMessage { Channel = channel, MessageId = messageKey, ProcessedAt = now });
            var text = await answer(db, now);
            db.OutboxMessages.Add(OutboxChoices.ToOutbox(Reply.Plain(text), channel, chatId, messageKey, now));
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            return true; // the same message, handled in parallel
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning("Could not queue a one-off answer on {Channel}: {Error}", channel, ex.GetType().Name);
            return false;
        }
    }
}
