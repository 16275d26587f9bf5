namespace Jamsostek.Bot.Outbox;

/// <summary>
/// Exponential backoff kept as data (the outbox stores the next attempt's time in its row, so an in-process retry
/// library does not fit): 2, 4, 8 … seconds, capped. Reusable by anything that retries across restarts.
/// </summary>
public sealed record Backoff(TimeSpan First, TimeSpan Max)
{
    /// <summary>The outbox's: 2 s doubling, at most 5 minutes (an outage of hours must not lose replies).</summary>
    public static Backoff Outbox { get; } = new(TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(5));

    /// <summary>The wait after the <paramref name="attempts"/>-th failure (1 → First, 2 → 2 × First …, never above Max).</summary>
    public TimeSpan After(int attempts)
    {
        var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        var seconds = First.TotalSeconds * factor;
        return seconds >= Max.TotalSeconds ? Max : TimeSpan.FromSeconds(seconds);
    }
}
