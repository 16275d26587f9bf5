namespace Jamsostek.Bot.Data;

/// <summary>
/// The process's writers take turns here, asynchronously and in arrival order, before they write: the turn writer
/// for each batch, the outbox for its leases and "sent" marks. SQLite has one write lock and its busy handler
/// retries by sleeping, so writers that met there would block threads and the unlucky one could starve behind a
/// writer that never pauses; in this queue nobody waits longer than the writes ahead of it. Across processes the
/// database's own locking (busy_timeout) still applies. PostgreSQL locks rows, not the database: there the gate
/// lets everyone through (<see cref="Open"/>), and writers of one process wait only where they touch the same rows.
/// </summary>
public sealed class DbWriteGate : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);

    private readonly bool serialise = true;

    public DbWriteGate()
    {
    }

    private DbWriteGate(bool serialise) => this.serialise = serialise;

    /// <summary>A gate that never waits (PostgreSQL).</summary>
    public static DbWriteGate Open() => new(serialise: false);

    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken = default)
    {
        if (!serialise)
        {
            return NoWait.Instance;
        }

        await gate.WaitAsync(cancellationToken);
        return new Exit(gate);
    }

    public void Dispose() => gate.Dispose();

    private sealed class NoWait : IDisposable
    {
        public static readonly NoWait Instance = new();

        public void Dispose()
        {
        }
    }

    private sealed class Exit(SemaphoreSlim gate) : IDisposable
    {
        private int done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref done, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
