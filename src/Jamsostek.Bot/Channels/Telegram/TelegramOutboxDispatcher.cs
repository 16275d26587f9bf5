using Jamsostek.Bot.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jamsostek.Bot.Channels.Telegram;

/// <summary>
/// Sends Telegram's outbox rows after their turn committed: oldest first, one row of a chat at a time
/// (so replies keep their order), paced below Telegram's limits, 429 honoured, transient failures retried
/// with backoff, a blocked bot marks the chat unreachable. Several replicas may run this on one database:
/// a row is sent only by the dispatcher that won its lease (<see cref="TelegramOutboxLease"/>). Each part
/// sent is saved at once, so a crash resends at most the part that was in flight.
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
    private readonly string instance = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
    private long passes;

    /// <summary>Passes finished since start (tests wait on it to know the dispatcher has looked).</summary>
    public long CompletedPasses => Interlocked.Read(ref passes);

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

    /// <summary>One pass over what is due; true when something was sent or settled (look again at once).</summary>
    public async Task<bool> DispatchOnceAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = timeProvider.GetUtcNow();
        var due = await db.OutboxMessages
            .Where(m => m.Channel == TelegramUpdateHandler.Channel && m.SentAt == null && m.AbandonedAt == null)
            .OrderBy(m => m.Id)
            .Take(500)
            .ToListAsync(cancellationToken);

        var progressed = false;
        foreach (var row in due.GroupBy(m => m.ChatId).Select(g => g.First()))
        {
            if ((row.NextAttemptAt is { } next && next > now) || (row.ClaimedUntil is { } until && until > now))
            {
                continue;
            }

            if (!await TelegramOutboxLease.TryClaimAsync(db, row.Id, instance, now, cancellationToken))
            {
                continue; // another dispatcher has it
            }

            // What the previous holder (another replica, or a crashed one) managed to send counts.
            await db.Entry(row).ReloadAsync(cancellationToken);
            progressed |= await SendRowAsync(db, row, cancellationToken);
        }

        Interlocked.Increment(ref passes);
        return progressed;
    }

    private async Task<bool> SendRowAsync(BotDbContext db, OutboxMessage row, CancellationToken cancellationToken)
    {
        var progressed = false;
        try
        {
            var parts = await RenderAsync(db, row, cancellationToken);
            if (parts.Count == 0)
            {
                // Nothing to show (empty text, no keyboard): done, or it would hold its chat's queue forever.
                row.SentAt = timeProvider.GetUtcNow();
                return true;
            }

            while (row.PartsSent < parts.Count)
            {
                if (!limiter.TryAcquire(row.ChatId, out var wait))
                {
                    row.NextAttemptAt = timeProvider.GetUtcNow() + wait;
                    break;
                }

                var outcome = await sender.SendAsync(row.ChatId, parts[row.PartsSent], cancellationToken);
                if (!await ApplyAsync(db, row, outcome, parts.Count, cancellationToken))
                {
                    // A refused or unreachable row is settled: the chat's next row may go.
                    progressed |= row.AbandonedAt is not null;
                    break;
                }

                progressed = true;
            }
        }
        finally
        {
            row.ClaimedBy = null;
            row.ClaimedUntil = null;

            // Not the caller's token: a shutdown right after a send must still record it, or a restart sends it again.
            await db.SaveChangesAsync(CancellationToken.None);
        }

        return progressed;
    }

    /// <summary>The row's messages; the request_contact keyboard still showing is taken down before an inline one.</summary>
    private async Task<IReadOnlyList<TelegramOutgoingMessage>> RenderAsync(BotDbContext db, OutboxMessage row, CancellationToken cancellationToken)
    {
        var reply = OutboxChoices.ToReply(row);
        var contactKeyboardShown = reply.Choices.Count > 0 && !reply.RequestContact && await db.OutboxMessages
            .Where(m => m.Channel == row.Channel && m.ChatId == row.ChatId && m.Id < row.Id && m.SentAt != null)
            .OrderByDescending(m => m.Id)
            .Select(m => m.RequestContact)
            .FirstOrDefaultAsync(cancellationToken);
        return renderer.Render(reply, removeReplyKeyboard: contactKeyboardShown);
    }

    private async Task<bool> ApplyAsync(BotDbContext db, OutboxMessage row, SendOutcome outcome, int partCount, CancellationToken cancellationToken)
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
                row.ClaimedUntil = now + TelegramOutboxLease.Duration;
                if (row.PartsSent >= partCount)
                {
                    row.SentAt = now;
                }

                await db.SaveChangesAsync(CancellationToken.None);
                return true;
            case SendOutcomeKind.RetryAfter:
                limiter.BackOff(outcome.RetryAfter!.Value);
                row.NextAttemptAt = now + outcome.RetryAfter.Value;
                return false;
            case SendOutcomeKind.Transient:
                row.Attempts++;
                row.NextAttemptAt = TelegramRetryPolicy.NextAttempt(row.Attempts, row.CreatedAt, now, options.Value);
                if (row.NextAttemptAt is null)
                {
                    row.AbandonedAt = now;
                    logger.LogWarning("Telegram reply {OutboxId} given up after {Attempts} tries over {Hours} hours: {Reason}",
                        row.Id, row.Attempts, options.Value.GiveUpAfterHours, outcome.Reason);
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
