namespace Jamsostek.Bot.Hosting;

/// <summary>
/// Exponential backoff: a first wait, doubled after each failure, capped. One type for every retry loop of the
/// host (Telegram polling, webhook registration, a reply's next attempt) so that they double and cap alike.
/// Kept hand-written rather than Polly: these are endless background loops and persisted schedules, not
/// in-process retries of one call, and their waits follow the injected <see cref="TimeProvider"/>.
/// </summary>
public sealed class Backoff
{
    private readonly TimeSpan _first;
    private readonly TimeSpan _max;
    private TimeSpan _current;

    public Backoff(TimeSpan first, TimeSpan max)
    {
        _first = first;
        _max = max;
        _current = first;
    }

    /// <summary>The wait before the next try.</summary>
    public TimeSpan Current => _current;

    /// <summary>After a failure: the next wait is twice this one, at most the cap.</summary>
    public void Grow() => _current = TimeSpan.FromTicks(Math.Min(_current.Ticks * 2, _max.Ticks));

    /// <summary>After a success: back to the first wait.</summary>
    public void Reset() => _current = _first;

    /// <summary>The wait after <paramref name="attempts"/> failures, for a schedule that stores the count rather than the wait.</summary>
    public static TimeSpan After(int attempts, TimeSpan first, TimeSpan max)
    {
        var ticks = first.Ticks * Math.Pow(2, Math.Clamp(attempts, 0, 30));
        return ticks >= max.Ticks ? max : TimeSpan.FromTicks((long)ticks);
    }

    /// <summary>Waits <paramref name="wait"/> on <paramref name="time"/>; a stop ends the wait early without throwing.</summary>
    public static Task DelayAsync(TimeSpan wait, TimeProvider time, CancellationToken cancellationToken) =>
        Task.Delay(wait, time, cancellationToken).ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
}
