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
    OutboxSignal signal,
    IOptions<TelegramOptions> options,
    TimeProvider timeProvider,
    ILogger<TelegramOutboxDispatcher> logger,
    DbWriteGate? writeGate = null) : BackgroundService
{
    private readonly DbWriteGate gate = writeGate ?? new DbWriteGate();

    /// <summary>Chats looked at in one pass; with Telegram's 30 messages a second, more would only wait.</summary>
    public const int BatchSize = 200;

    private readonly string instance = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
    private long passes;

    // The earliest moment a row held back by the per-chat pace in the last pass may go (the idle wait ends then).
    private DateTimeOffset? nextPaced;

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
                // Nothing could go: wait for the pace to allow the next message, a new reply, or the poll interval.
                await signal.WaitAsync(IdleWait(), timeProvider, stoppingToken);
            }
        }
    }

    /// <summary>
    /// One pass over what is due; true when something was sent or settled (look again at once). Only the oldest
    /// unsent row of each chat may go (order within a chat). Chats where a person is waiting for the answer to
    /// their own message go before chats that only have notices (an officer's 500 approvals), and the pass ends
    /// as soon as the overall pace is used up, so a reply never queues behind a batch of notices.
    /// </summary>
    public async Task<bool> DispatchOnceAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = timeProvider.GetUtcNow();
        var pending = db.OutboxMessages.Where(m => m.Channel == TelegramUpdateHandler.Channel && m.SentAt == null && m.AbandonedAt == null);
        var heads = pending.GroupBy(m => m.ChatId).Select(g => g.Min(m => m.Id));
        var conversing = pending.Where(m => m.TurnMessageId != null).Select(m => m.ChatId);
        var due = await db.OutboxMessages
            .Where(m => heads.Contains(m.Id)
                && (m.NextAttemptAt == null || m.NextAttemptAt <= now)
                && (m.ClaimedUntil == null || m.ClaimedUntil <= now))
            .OrderBy(m => conversing.Contains(m.ChatId) ? 0 : 1)
            .ThenBy(m => m.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);

        nextPaced = null;
        var progressed = false;
        foreach (var row in due)
        {
            if (limiter.GlobalDelay() > TimeSpan.Zero)
            {
                break; // Telegram's overall pace is used up: the next pass starts again with the replies
            }

            bool claimed;
            using (await gate.EnterAsync(cancellationToken))
            {
                claimed = await TelegramOutboxLease.TryClaimAsync(db, row.Id, instance, now, cancellationToken);
            }

            if (!claimed)
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
                    nextPaced = nextPaced is { } earlier && earlier < row.NextAttemptAt ? earlier : row.NextAttemptAt;
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
            await SaveAsync(db);
        }

        return progressed;
    }

    /// <summary>
    /// Sends a turn's replies from the request that committed them (issue 12: a reply leaves at once): the rows were
    /// written already leased to the caller (<see cref="Conversations.TurnProcessor"/>), so no other dispatcher touches
    /// them; each is sent, paced and recorded exactly as in a pass. A row that cannot go now (pace, retry, failure)
    /// and the rows after it are released to the passes, which keep the chat's order. True when all were sent.
    /// </summary>
    public async Task<bool> SendClaimedAsync(IReadOnlyList<long> rowIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rowIds);
        if (rowIds.Count == 0)
        {
            return true;
        }

        try
        {
            return await SendClaimedRowsAsync(rowIds, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The rows stay leased until the lease runs out; then a pass sends them.
            logger.LogError("Sending a turn's replies directly failed: {Error}", ex.GetType().Name);
            return false;
        }
    }

    private async Task<bool> SendClaimedRowsAsync(IReadOnlyList<long> rowIds, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.OutboxMessages.Where(m => rowIds.Contains(m.Id)).OrderBy(m => m.Id).ToListAsync(cancellationToken);
        var all = true;
        foreach (var row in rows)
        {
            if (all && row.SentAt is null && row.AbandonedAt is null)
            {
                await SendRowAsync(db, row, cancellationToken); // releases the lease when done
                all = row.SentAt is not null;
            }
            else if (!all && row.SentAt is null)
            {
                row.ClaimedBy = null;
                row.ClaimedUntil = null;
            }
        }

        await SaveAsync(db);
        if (!all)
        {
            signal.Poke();
        }

        return all;
    }

    private async Task SaveAsync(BotDbContext db)
    {
        if (!db.ChangeTracker.HasChanges())
        {
            return;
        }

        using (await gate.EnterAsync(CancellationToken.None))
        {
            await db.SaveChangesAsync(CancellationToken.None);
        }
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
                    // Sent and released in one write (the lease is not needed once SentAt is set).
                    row.SentAt = now;
                    row.ClaimedBy = null;
                    row.ClaimedUntil = null;
                }

                await SaveAsync(db);
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

    // The poll interval, cut short when the pace lets a held-back message go sooner.
    private TimeSpan IdleWait()
    {
        var wait = TimeSpan.FromSeconds(options.Value.OutboxPollSeconds);
        var paced = nextPaced is { } at ? at - timeProvider.GetUtcNow() : TimeSpan.Zero;
        foreach (var candidate in new[] { limiter.GlobalDelay(), paced })
        {
            if (candidate > TimeSpan.Zero && candidate < wait)
            {
                wait = candidate;
            }
        }

        return wait;
    }
}
