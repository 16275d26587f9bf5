using Microsoft.Extensions.Options;

namespace Jamsostek.Bot.Channels.Telegram;

/// <summary>
/// At most Telegram:MaxUpdatesInProgress webhook updates are worked on at once; the rest wait here, first come first
/// served across chats, holding nothing but their parsed update. Without it a crowd of 3 000 posts runs 3 000 turns side
/// by side (each with its database contexts and buffers), the thread pool picks among them in no particular order, and
/// an early update can wait behind many later ones. Nothing is refused: every accepted post is handled in its turn.
/// </summary>
public sealed class TelegramIntakeGate : IDisposable
{
    private readonly SemaphoreSlim? slots;
    private int waiting;

    public TelegramIntakeGate(IOptions<TelegramOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var limit = options.Value.MaxUpdatesInProgress;
        slots = limit > 0 ? new SemaphoreSlim(limit, limit) : null;
    }

    /// <summary>Updates waiting for a slot now (for tests and metrics).</summary>
    public int Waiting => slots is null ? 0 : Volatile.Read(ref waiting);

    /// <summary>Waits for a slot (async waiters are served in arrival order); dispose the result to free it.</summary>
    public async ValueTask<Slot> EnterAsync(CancellationToken cancellationToken)
    {
        if (slots is null)
        {
            return default;
        }

        Interlocked.Increment(ref waiting);
        try
        {
            await slots.WaitAsync(cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref waiting);
        }

        return new Slot(slots);
    }

    public void Dispose() => slots?.Dispose();

    /// <summary>A slot held; disposing it lets the longest-waiting update in.</summary>
    public readonly struct Slot(SemaphoreSlim? slots) : IDisposable
    {
        public void Dispose() => slots?.Release();
    }
}
