namespace Jamsostek.Bot.Outbox;

/// <summary>
/// Paces one dispatcher's sends per channel: an overall bucket (MessagesPerSecond, one second's worth as burst) and a
/// bucket per recipient (PerRecipientBurst, then PerRecipientPerSecond), both <see cref="ClockTokenBucket"/>s on the
/// injected clock. A channel's "retry after" holds every send on that channel until then. Thread-safe.
/// </summary>
public sealed class OutboxPacer(TimeProvider timeProvider)
{
    private const int PruneThreshold = 10_000;
    private readonly Lock gate = new();
    private readonly Dictionary<string, ClockTokenBucket> channels = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Channel, string Recipient), ClockTokenBucket> recipients = [];
    private readonly Dictionary<string, long> backlogs = new(StringComparer.Ordinal);
    private long backlogMarks;

    /// <summary>
    /// True while rows of the channel wait in the outbox for its overall pace. A reply sent straight from its request
    /// then queues behind them (the passes send oldest first) instead of taking the next free slot: otherwise each
    /// fresh turn would win the slot as it frees up and an older reply held back once could wait for many seconds.
    /// </summary>
    public bool IsBacklogged(string channel)
    {
        lock (gate)
        {
            return backlogs.ContainsKey(channel);
        }
    }

    /// <summary>Rows of the channel were held back by its overall pace.</summary>
    public void MarkBacklog(string channel)
    {
        lock (gate)
        {
            backlogs[channel] = ++backlogMarks;
        }
    }

    /// <summary>The mark to pass to <see cref="ClearBacklog"/> after a pass that started now (zero when none).</summary>
    public long BacklogMark(string channel)
    {
        lock (gate)
        {
            return backlogs.GetValueOrDefault(channel);
        }
    }

    /// <summary>A pass got through every due row of the channel: no backlog, unless one was marked since <paramref name="mark"/>.</summary>
    public void ClearBacklog(string channel, long mark)
    {
        lock (gate)
        {
            if (backlogs.GetValueOrDefault(channel) == mark)
            {
                backlogs.Remove(channel);
            }
        }
    }

    /// <summary>How long until any message may go on the channel; zero when one may go now.</summary>
    public TimeSpan ChannelDelay(string channel, OutboxChannelSettings settings)
    {
        lock (gate)
        {
            return Channel(channel, settings).Wait(timeProvider.GetUtcNow());
        }
    }

    /// <summary>Takes a slot for a message to <paramref name="recipient"/> and returns true, or returns false and the wait.</summary>
    public bool TryAcquire(string channel, string recipient, OutboxChannelSettings settings, out TimeSpan wait)
    {
        var now = timeProvider.GetUtcNow();
        lock (gate)
        {
            var overall = Channel(channel, settings);
            var person = Recipient(channel, recipient, settings, now);
            wait = Max(overall.Wait(now), person.Wait(now));
            if (wait > TimeSpan.Zero)
            {
                return false;
            }

            overall.Take(now);
            person.Take(now);
            return true;
        }
    }

    /// <summary>After a "retry after": hold every send on the channel until then (Telegram's flood wait is bot-wide in practice).</summary>
    public void BackOff(string channel, OutboxChannelSettings settings, TimeSpan retryAfter)
    {
        var now = timeProvider.GetUtcNow();
        lock (gate)
        {
            Channel(channel, settings).HoldUntil(now + retryAfter);
        }
    }

    private ClockTokenBucket Channel(string channel, OutboxChannelSettings settings)
    {
        if (!channels.TryGetValue(channel, out var bucket))
        {
            var perSecond = settings.MessagesPerSecond;
            bucket = new ClockTokenBucket(perSecond, (int)Math.Max(1, Math.Floor(perSecond)));
            channels[channel] = bucket;
        }

        return bucket;
    }

    private ClockTokenBucket Recipient(string channel, string recipient, OutboxChannelSettings settings, DateTimeOffset now)
    {
        if (recipients.TryGetValue((channel, recipient), out var bucket))
        {
            return bucket;
        }

        if (recipients.Count > PruneThreshold)
        {
            foreach (var idle in recipients.Where(kv => kv.Value.IsIdle(now)).Select(kv => kv.Key).ToList())
            {
                recipients.Remove(idle);
            }
        }

        bucket = new ClockTokenBucket(settings.PerRecipientPerSecond, settings.PerRecipientBurst);
        recipients[(channel, recipient)] = bucket;
        return bucket;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
