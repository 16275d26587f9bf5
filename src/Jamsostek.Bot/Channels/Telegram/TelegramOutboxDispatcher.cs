using Jamsostek.Bot.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jamsostek.Bot.Channels.Telegram;

/// <summary>
/// Sends Telegram's outbox rows after their turn committed: oldest first, one row of a chat at a time
/// (so replies keep their order), paced below Telegram's limits, 429 honoured, transient failures retried
/// with backoff, a blocked bot marks the chat unreachable. Each part sent is saved at once, so a crash
/// resends at most the part that was in flight.
/// </summary>
public sealed class TelegramOutboxDispatcher(
    IDbContextFactory<BotDbContext> dbFactory,
    TelegramRenderer renderer,
    TelegramSender sender,
    TelegramRateLimiter limiter,
    IOptions<TelegramOptions> options,
    TimeProvider timeProvider,
    ILogger<TelegramOutboxDispatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var progressed = false;
            try
            {
                progressed = await DispatchOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError("Telegram outbox pass failed: {Error}", ex.GetType().Name);
            }

            if (!progressed)
            {
                await Task.Delay(TimeSpan.FromSeconds(options.Value.OutboxPollSeconds), timeProvider, stoppingToken)
                    .ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    /// <summary>One pass over what is due; true when something was sent (look again at once).</summary>
    public async Task<bool> DispatchOnceAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = timeProvider.GetUtcNow();
        var due = await db.OutboxMessages
            .Where(m => m.Channel == TelegramUpdateHandler.Channel && m.SentAt == null && m.AbandonedAt == null)
            .OrderBy(m => m.Id)
            .Take(200)
            .ToListAsync(cancellationToken);

        var progressed = false;
        foreach (var row in due.GroupBy(m => m.ChatId).Select(g => g.First()))
        {
            if (row.NextAttemptAt is { } next && next > now)
            {
                continue;
            }

            progressed |= await SendRowAsync(db, row, cancellationToken);
        }

        return progressed;
    }

    private async Task<bool> SendRowAsync(BotDbContext db, OutboxMessage row, CancellationToken cancellationToken)
    {
        var parts = renderer.Render(OutboxChoices.ToReply(row));
        var progressed = false;
        while (row.PartsSent < parts.Count)
        {
            if (!limiter.TryAcquire(row.ChatId, out var wait))
            {
                row.NextAttemptAt = timeProvider.GetUtcNow() + wait;
                break;
            }

            var outcome = await sender.SendAsync(row.ChatId, parts[row.PartsSent], cancellationToken);
            if (!await ApplyAsync(db, row, outcome, cancellationToken))
            {
                break;
            }

            progressed = true;
        }

        await db.SaveChangesAsync(cancellationToken);
        return progressed;
    }

    private async Task<bool> ApplyAsync(BotDbContext db, OutboxMessage row, SendOutcome outcome, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        row.LastError = outcome.Reason;
        switch (outcome.Kind)
        {
            case SendOutcomeKind.Sent:
                row.PartsSent++;
                row.ExternalMessageId = outcome.MessageId;
                row.NextAttemptAt = null;
                row.LastError = null;
                if (row.PartsSent >= renderer.Render(OutboxChoices.ToReply(row)).Count)
                {
                    row.SentAt = now;
                }

                await db.SaveChangesAsync(cancellationToken);
                return true;
            case SendOutcomeKind.RetryAfter:
                limiter.BackOff(outcome.RetryAfter!.Value);
                row.NextAttemptAt = now + outcome.RetryAfter.Value;
                return false;
            case SendOutcomeKind.Transient:
                row.Attempts++;
                row.NextAttemptAt = now + TimeSpan.FromSeconds(Math.Min(300, Math.Pow(2, row.Attempts)));
                if (row.Attempts >= options.Value.MaxSendAttempts)
                {
                    row.AbandonedAt = now;
                    logger.LogError("Telegram reply {OutboxId} given up after {Attempts} tries: {Reason}", row.Id, row.Attempts, outcome.Reason);
                }

                return false;
            case SendOutcomeKind.Unreachable:
                await MarkUnreachableAsync(db, row, now, cancellationToken);
                return false;
            default:
                row.AbandonedAt = now;
                logger.LogError("Telegram refused reply {OutboxId}: {Reason}", row.Id, outcome.Reason);
                return false;
        }
    }

    // "Bot was blocked by the user": never retried; the person gets no more messages or reminders.
    private async Task MarkUnreachableAsync(BotDbContext db, OutboxMessage row, DateTimeOffset now, CancellationToken cancellationToken)
    {
        logger.LogWarning("Telegram chat unreachable (blocked or gone); its queued replies are dropped");
        var participant = await db.Participants.FirstOrDefaultAsync(p => p.Channel == row.Channel && p.ChatId == row.ChatId, cancellationToken);
        if (participant is not null)
        {
            participant.Unreachable = true;
        }

        var queued = await db.OutboxMessages
            .Where(m => m.Channel == row.Channel && m.ChatId == row.ChatId && m.SentAt == null && m.AbandonedAt == null)
            .ToListAsync(cancellationToken);
        foreach (var message in queued.Append(row).Distinct())
        {
            message.AbandonedAt = now;
        }
    }
}
