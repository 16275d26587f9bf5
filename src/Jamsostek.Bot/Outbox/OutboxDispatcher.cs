using Jamsostek.Bot.Data;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Outbox;

/// <summary>
/// Sends every channel's outbox rows after their turn committed: oldest first, one row of a chat at a time (so
/// replies keep their order), replies before notices, paced per channel and per recipient, "retry after" honoured,
/// transient failures retried with backoff and given up in the end, an unreachable chat dropped. Several replicas may
/// run this on one database: a row is sent only by the dispatcher that won its lease (<see cref="OutboxLease"/>).
/// Each part sent is saved at once, so a crash resends at most the part that was in flight. A channel brings only
/// an <see cref="IOutboxRenderer"/> and an <see cref="IOutboxTransport"/>; what happens to an outcome is decided in
/// <see cref="OutboxOutcomes"/>.
/// </summary>
public sealed class OutboxDispatcher(
    IDbContextFactory<BotDbContext> dbFactory,
    IEnumerable<IOutboxRenderer> renderers,
    IEnumerable<IOutboxTransport> transports,
    OutboxSignal signal,
    TimeProvider timeProvider,
    ILogger<OutboxDispatcher> logger,
    DbWriteGate? writeGate = null,
    Observability.BotMetrics? metrics = null,
    SharedChannelPace? sharedPace = null,
    OutboxSentMarks? sentMarks = null) : BackgroundService
{
    private readonly DbWriteGate gate = writeGate ?? new DbWriteGate();

    /// <summary>Chats looked at in one pass; with Telegram's 30 messages a second, more would only wait.</summary>
    public const int BatchSize = 200;

    private readonly string instance = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
    private readonly Dictionary<string, IOutboxRenderer> renderersByChannel = renderers.ToDictionary(r => r.Channel, StringComparer.Ordinal);
    private readonly Dictionary<string, IOutboxTransport> transportsByChannel = transports.ToDictionary(t => t.Channel, StringComparer.Ordinal);
    private readonly OutboxPacer pacer = new(timeProvider);
    private long passes;
    private OutboxOutcomes? outcomes;

    private OutboxOutcomes Outcomes => outcomes ??= new OutboxOutcomes(timeProvider, logger, SaveAsync);

    // The earliest moment a row held back by the per-recipient pace in the last pass may go (the idle wait ends then).
    private DateTimeOffset? nextPaced;

    /// <summary>Passes finished since start (tests wait on it to know the dispatcher has looked).</summary>
    public long CompletedPasses => Interlocked.Read(ref passes);

    /// <summary>The channels this dispatcher sends on.</summary>
    public IReadOnlyCollection<string> Channels => transportsByChannel.Keys;

    /// <summary>Sends everything that may go now on <paramref name="channel"/> (to <paramref name="chatId"/> only when given).</summary>
    public async Task<int> DrainAsync(string channel, string? chatId = null, CancellationToken cancellationToken = default)
    {
        var before = await SentCountAsync(channel, chatId, cancellationToken);
        while (await DispatchOnceAsync(channel, chatId, cancellationToken))
        {
        }

        return await SentCountAsync(channel, chatId, cancellationToken) - before;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (transportsByChannel.Count == 0)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var progressed = false;
            try
            {
                progressed = await DispatchOnceAsync(cancellationToken: stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError("Outbox pass failed: {Error}", ex.GetType().Name);
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
    /// their own message go before chats that only have notices (an officer's 500 approvals), and a channel is
    /// skipped for the rest of the pass as soon as its overall pace is used up, so a reply never queues behind a
    /// batch of notices.
    /// </summary>
    public async Task<bool> DispatchOnceAsync(string? channel = null, string? chatId = null, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = timeProvider.GetUtcNow();
        var channels = channel is null ? transportsByChannel.Keys.ToList() : [channel];
        var pending = db.OutboxMessages.Where(m => channels.Contains(m.Channel) && m.SentAt == null && m.AbandonedAt == null
            && (chatId == null || m.ChatId == chatId));
        var heads = pending.GroupBy(m => new { m.Channel, m.ChatId }).Select(g => g.Min(m => m.Id));
        var conversing = pending.Where(m => m.TurnMessageId != null).Select(m => m.Channel + ":" + m.ChatId);
        var due = await db.OutboxMessages
            .Where(m => heads.Contains(m.Id)
                && !m.AwaitingInbound
                && (m.NextAttemptAt == null || m.NextAttemptAt <= now)
                && (m.ClaimedUntil == null || m.ClaimedUntil <= now))
            .OrderBy(m => conversing.Contains(m.Channel + ":" + m.ChatId) ? 0 : 1)
            .ThenBy(m => m.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);

        nextPaced = null;
        var progressed = false;
        var spent = new HashSet<string>(StringComparer.Ordinal);
        var marks = chatId is null ? channels.ToDictionary(c => c, pacer.BacklogMark, StringComparer.Ordinal) : null;
        foreach (var row in due)
        {
            if (spent.Contains(row.Channel) || !transportsByChannel.TryGetValue(row.Channel, out var transport))
            {
                continue;
            }

            if (pacer.ChannelDelay(row.Channel, transport.Settings) > TimeSpan.Zero)
            {
                spent.Add(row.Channel); // the channel's pace is used up: the next pass starts again with the replies
                pacer.MarkBacklog(row.Channel);
                continue;
            }

            bool claimed;
            using (await gate.EnterAsync(cancellationToken))
            {
                claimed = await OutboxLease.TryClaimAsync(db, row.Id, instance, now, cancellationToken);
            }

            if (!claimed)
            {
                continue; // another dispatcher has it
            }

            // What the previous holder (another replica, or a crashed one) managed to send counts.
            await db.Entry(row).ReloadAsync(cancellationToken);
            progressed |= await SendRowAsync(db, row, transport, direct: false, cancellationToken);
        }

        // A whole pass over the channel's due rows that the overall pace did not stop: the direct sends may go again.
        foreach (var (name, mark) in marks ?? [])
        {
            if (!spent.Contains(name) && due.Count < BatchSize)
            {
                pacer.ClearBacklog(name, mark);
            }
        }

        Interlocked.Increment(ref passes);
        return progressed;
    }

    /// <param name="db">The context tracking <paramref name="row"/>.</param>
    /// <param name="row">The row, leased to this sender.</param>
    /// <param name="transport">The row's channel.</param>
    /// <param name="direct">Sent from its request: a "sent" mark rides in the turn writer's next transaction.</param>
    /// <param name="cancellationToken">Stops the send (what went is still recorded).</param>
    private async Task<bool> SendRowAsync(BotDbContext db, OutboxMessage row, IOutboxTransport transport, bool direct, CancellationToken cancellationToken)
    {
        var progressed = false;
        try
        {
            var renderer = renderersByChannel[row.Channel];
            var rendering = await renderer.RenderAsync(db, row, cancellationToken);
            if (rendering.WaitForInbound)
            {
                // Waits for the person's next message; the chat's later rows wait behind it. That message may have
                // come while this row was rendered, and cleared the flag just before this save sets it again: look
                // once more after saving, so the row never waits for a message that has already arrived.
                row.AwaitingInbound = true;
                await SaveAsync(db);
                await ReleaseIfInboundCameAsync(db, row, renderer, cancellationToken);
                return false;
            }

            var parts = rendering.Parts;
            if (parts.Count == 0)
            {
                // Nothing to show (empty text, no keyboard): done, or it would hold its chat's queue forever.
                row.SentAt = timeProvider.GetUtcNow();
                return true;
            }

            while (row.PartsSent < parts.Count)
            {
                var sharedRefused = false;
                if (!pacer.TryAcquire(row.Channel, row.ChatId, transport.Settings, out var wait)
                    || (sharedRefused = sharedPace is not null && (wait = await sharedPace.TryAcquireAsync(db, row.Channel, transport.Settings, cancellationToken)) > TimeSpan.Zero))
                {
                    // Paced here, or (PostgreSQL) the replicas together have used the channel's pace up.
                    row.NextAttemptAt = timeProvider.GetUtcNow() + wait;
                    nextPaced = nextPaced is { } earlier && earlier < row.NextAttemptAt ? earlier : row.NextAttemptAt;
                    if (sharedRefused || pacer.ChannelDelay(row.Channel, transport.Settings) > TimeSpan.Zero)
                    {
                        pacer.MarkBacklog(row.Channel);
                    }

                    break;
                }

                var outcome = await transport.SendAsync(row, parts[row.PartsSent], cancellationToken);
                if (!outcome.IsSent)
                {
                    metrics?.SendFailed(row.Channel, outcome.Kind);
                }

                if (outcome is { Kind: SendOutcomeKind.RetryAfter, RecipientOnly: false })
                {
                    pacer.BackOff(row.Channel, transport.Settings, outcome.RetryAfter!.Value);
                }

                if (!await Outcomes.ApplyAsync(db, row, outcome, rendering, transport.Settings, cancellationToken))
                {
                    if (row.AwaitingInbound)
                    {
                        // Announced; as above, the person may have written meanwhile: look once more.
                        await ReleaseIfInboundCameAsync(db, row, renderer, cancellationToken);
                        progressed = true;
                        break;
                    }

                    // A refused or unreachable row is settled (the chat's next row may go); one to re-render goes again at once.
                    progressed |= row.AbandonedAt is not null || outcome.Kind == SendOutcomeKind.OutsideWindow;
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
            if (direct && row.SentAt is not null && sentMarks is { HasWriter: true } && OnlyChangeIs(db, row))
            {
                await sentMarks.WriteAsync(db.Entry(row));
            }
            else
            {
                await SaveAsync(db);
            }
        }

        return progressed;
    }

    private async Task ReleaseIfInboundCameAsync(BotDbContext db, OutboxMessage row, IOutboxRenderer renderer, CancellationToken cancellationToken)
    {
        if (!(await renderer.RenderAsync(db, row, cancellationToken)).WaitForInbound)
        {
            row.AwaitingInbound = false;
            signal.Poke();
        }
    }

    /// <summary>
    /// Sends a turn's replies from the request that committed them (a reply leaves at once): the rows were written
    /// already leased to the caller (<see cref="Conversations.TurnProcessor"/>), so no other dispatcher touches them;
    /// each is rendered, paced, sent and recorded exactly as in a pass. A row that cannot go now (pace, retry,
    /// failure) and the rows after it are released to the passes, which keep the chat's order. True when all went.
    /// </summary>
    public Task<bool> SendClaimedAsync(IReadOnlyList<long> rowIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rowIds);
        return rowIds.Count == 0 ? Task.FromResult(true) : SendClaimedAsync(
            async db => (IReadOnlyList<OutboxMessage>)await db.OutboxMessages.Where(m => rowIds.Contains(m.Id)).OrderBy(m => m.Id).ToListAsync(cancellationToken),
            cancellationToken);
    }

    /// <summary>
    /// As <see cref="SendClaimedAsync(IReadOnlyList{long}, CancellationToken)"/>, for rows exactly as the turn stored them
    /// (ids included, oldest first): they are not read again. Their "sent" marks ride in the turn writer's next
    /// transaction (<see cref="OutboxSentMarks"/>) instead of one of their own; this returns once they are committed.
    /// </summary>
    public Task<bool> SendClaimedAsync(IReadOnlyList<OutboxMessage> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return rows.Count == 0 ? Task.FromResult(true) : SendClaimedAsync(
            db =>
            {
                db.OutboxMessages.AttachRange(rows); // as stored: only what the send changes is written
                return Task.FromResult(rows);
            },
            cancellationToken);
    }

    private async Task<bool> SendClaimedAsync(Func<BotDbContext, Task<IReadOnlyList<OutboxMessage>>> rowsIn, CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            return await SendClaimedRowsAsync(db, await rowsIn(db), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The rows stay leased until the lease runs out; then a pass sends them.
            logger.LogError("Sending a turn's replies directly failed: {Error}", ex.GetType().Name);
            return false;
        }
    }

    private async Task<bool> SendClaimedRowsAsync(BotDbContext db, IReadOnlyList<OutboxMessage> rows, CancellationToken cancellationToken)
    {
        var all = true;
        foreach (var row in rows)
        {
            // Behind a backlog the row joins the queue (the passes keep it in order) instead of taking the next free slot.
            if (all && row.SentAt is null && row.AbandonedAt is null && transportsByChannel.TryGetValue(row.Channel, out var transport)
                && !pacer.IsBacklogged(row.Channel))
            {
                await SendRowAsync(db, row, transport, direct: true, cancellationToken); // releases the lease when done
                all = row.SentAt is not null;
            }
            else if (row.SentAt is null)
            {
                all = false;
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

    // A mark may ride elsewhere only when it is all this context has to write (not a participant made unreachable).
    private static bool OnlyChangeIs(BotDbContext db, OutboxMessage row) =>
        db.ChangeTracker.Entries().All(e => e.State == EntityState.Unchanged || ReferenceEquals(e.Entity, row));

    // Every write of the dispatcher queues behind the process's other writers (the turn writer) instead of meeting
    // them in SQLite's busy handler; nothing to write, no write.
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

    private async Task<int> SentCountAsync(string channel, string? chatId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.OutboxMessages.CountAsync(m => m.Channel == channel && m.SentAt != null && (chatId == null || m.ChatId == chatId), cancellationToken);
    }

    // The shortest poll interval of the channels, cut short when the pace lets a held-back message go sooner.
    private TimeSpan IdleWait()
    {
        var wait = transportsByChannel.Values.Select(t => t.Settings.PollInterval).DefaultIfEmpty(TimeSpan.FromSeconds(1)).Min();
        var paced = nextPaced is { } at ? at - timeProvider.GetUtcNow() : TimeSpan.Zero;
        var candidates = transportsByChannel.Select(kv => pacer.ChannelDelay(kv.Key, kv.Value.Settings)).Append(paced);
        foreach (var candidate in candidates)
        {
            if (candidate > TimeSpan.Zero && candidate < wait)
            {
                wait = candidate;
            }
        }

        return wait;
    }
}
