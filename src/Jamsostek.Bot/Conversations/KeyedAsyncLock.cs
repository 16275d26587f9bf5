namespace Jamsostek.Bot.Conversations;

/// <summary>
/// The process's one per-chat serialiser: one async mutex per key (a chat), created on demand and dropped when
/// nobody holds or waits for it. Fair: waiters are served in order, never by whoever happens to wake first, so an
/// update cannot overtake an earlier one of its chat. The order is the caller's (Telegram's update_id, so that updates
/// posted in parallel run as Telegram numbered them), then arrival. A window makes an update that finds its chat idle
/// wait that long for earlier siblings still on their way; whoever is granted the lock then goes lowest-ordered first.
/// </summary>
public sealed class KeyedAsyncLock(TimeProvider time)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private long arrivals;

    /// <summary>How many hold or wait for the key's lock (0 when nobody does): lets a test see that a caller is queued.</summary>
    public int Queued(string key)
    {
        lock (gate)
        {
            return entries.TryGetValue(key, out var entry) ? (entry.Held ? 1 : 0) + entry.Waiters.Count : 0;
        }
    }

    /// <summary>Keys held or waited for (idle ones are forgotten).</summary>
    internal int ActiveKeys
    {
        get { lock (gate) { return entries.Count; } }
    }

    /// <summary>Waits for the key in arrival order.</summary>
    public ValueTask<Holder> AcquireAsync(string key, CancellationToken cancellationToken = default) =>
        AcquireAsync(key, order: 0, TimeSpan.Zero, cancellationToken);

    /// <summary>
    /// Waits for the key; waiters with a lower <paramref name="order"/> go first, equal ones in arrival order. A caller
    /// cancelled while waiting leaves the queue (its work never runs) and the next one is served.
    /// </summary>
    public async ValueTask<Holder> AcquireAsync(string key, long order, TimeSpan window, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Entry entry;
        Waiter waiter;
        lock (gate)
        {
            if (!entries.TryGetValue(key, out entry!))
            {
                entries[key] = entry = new Entry();
            }

            if (!entry.Held && entry.Waiters.Count == 0 && window <= TimeSpan.Zero)
            {
                entry.Held = true; // the common case: the chat is idle, no allocation beyond the holder
                return new Holder(this, key, entry);
            }

            waiter = new Waiter(order, ++arrivals);
            entry.Waiters.Add(waiter);
        }

        try
        {
            if (window > TimeSpan.Zero)
            {
                await Task.Delay(window, time, cancellationToken);
                lock (gate)
                {
                    GrantNext(entry); // the window is over: the lowest waiter (maybe an earlier sibling) may start
                }
            }

            await waiter.Granted.Task.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            lock (gate)
            {
                if (entry.Waiters.Remove(waiter))
                {
                    Forget(key, entry);
                    throw; // never granted: it never will be
                }
            }

            // Granted as the caller gave up: hand the lock straight on.
            Release(key, entry);
            throw;
        }

        return new Holder(this, key, entry);
    }

    private void Release(string key, Entry entry)
    {
        lock (gate)
        {
            entry.Held = false;
            GrantNext(entry);
            Forget(key, entry);
        }
    }

    private static void GrantNext(Entry entry)
    {
        if (entry.Held || entry.Waiters.Count == 0)
        {
            return;
        }

        var next = entry.Waiters.Min!;
        entry.Waiters.Remove(next);
        entry.Held = true;
        next.Granted.TrySetResult(); // continuations run asynchronously: not under this lock
    }

    private void Forget(string key, Entry entry)
    {
        if (!entry.Held && entry.Waiters.Count == 0)
        {
            entries.Remove(key);
        }
    }

    /// <summary>The lock of one key, held until disposed (once; a second dispose does nothing).</summary>
    public sealed class Holder : IDisposable
    {
        private readonly KeyedAsyncLock owner;
        private readonly Entry entry;
        private int disposed;

        internal Holder(KeyedAsyncLock owner, string key, Entry entry)
        {
            this.owner = owner;
            this.entry = entry;
            Key = key;
        }

        public string Key { get; }

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                owner.Release(Key, entry);
            }
        }
    }

    internal sealed class Entry
    {
        public bool Held { get; set; }

        public SortedSet<Waiter> Waiters { get; } = new(WaiterOrder.Instance);
    }

    internal sealed class Waiter(long order, long arrival)
    {
        public long Order { get; } = order;

        public long Arrival { get; } = arrival;

        public TaskCompletionSource Granted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed class WaiterOrder : IComparer<Waiter>
    {
        public static readonly WaiterOrder Instance = new();

        public int Compare(Waiter? x, Waiter? y) =>
            x!.Order != y!.Order ? x.Order.CompareTo(y.Order) : x.Arrival.CompareTo(y.Arrival);
    }
}
