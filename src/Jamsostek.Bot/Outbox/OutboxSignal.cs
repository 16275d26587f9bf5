namespace Jamsostek.Bot.Outbox;

/// <summary>
/// Wakes the idle outbox dispatcher when outbox rows have been committed (a turn's replies, an officer's
/// decision notice or handoff reply), so they go at once instead of after the next poll. One per process, for
/// every channel; Telegram:OutboxPollSeconds stays the fallback for rows written by another process (the CLI,
/// another replica). Several pokes while the dispatcher is busy count as one.
/// </summary>
public sealed class OutboxSignal : IDisposable
{
    private readonly SemaphoreSlim poked = new(0, 1);

    public void Poke()
    {
        try
        {
            poked.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already poked: the dispatcher will look once, which covers every reply committed so far.
        }
    }

    public void Dispose() => poked.Dispose();

    /// <summary>Returns when poked or after <paramref name="timeout"/> (on the given clock), or when cancelled.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(timeout, timeProvider, limit.Token);
        var wake = poked.WaitAsync(limit.Token);
        await Task.WhenAny(delay, wake);
        await limit.CancelAsync();
        await Task.WhenAll(delay, wake).ContinueWith(_ => { }, TaskScheduler.Default);
    }
}
