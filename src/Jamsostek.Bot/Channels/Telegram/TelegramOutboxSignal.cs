namespace Jamsostek.Bot.Channels.Telegram;

/// <summary>
/// Wakes the idle outbox dispatcher when a turn has committed replies, so a person's answer goes at once
/// instead of after the next poll (Telegram:OutboxPollSeconds stays the fallback, e.g. for officers' notices
/// written by another process). Several pokes while it is busy count as one.
/// </summary>
public sealed class TelegramOutboxSignal : IDisposable
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
