namespace Jamsostek.Bot.Outbox;

/// <summary>
/// A token bucket (burst, then one token a period) kept as one "theoretical arrival time" (GCRA) on the injected
/// clock. Not System.Threading.RateLimiting's TokenBucketRateLimiter: that one refills from Stopwatch or a real
/// Timer and takes no TimeProvider (dotnet/runtime#106447), so tests on a fake clock could not drive it.
/// Not thread-safe by itself (<see cref="OutboxPacer"/> holds the lock).
/// </summary>
internal sealed class ClockTokenBucket(double perSecond, int burst)
{
    private readonly TimeSpan period = TimeSpan.FromTicks(Math.Max(1, (long)Math.Round(TimeSpan.TicksPerSecond / perSecond)));
    private readonly int burst = Math.Max(1, burst);
    private DateTimeOffset arrival = DateTimeOffset.MinValue;

    private TimeSpan Tolerance => period * (burst - 1);

    /// <summary>True when the bucket is full again (it may be forgotten).</summary>
    public bool IsIdle(DateTimeOffset now) => arrival <= now;

    /// <summary>How long until a token is there; zero when one is there now.</summary>
    public TimeSpan Wait(DateTimeOffset now)
    {
        if (arrival == DateTimeOffset.MinValue)
        {
            return TimeSpan.Zero;
        }

        var wait = arrival - Tolerance - now;
        return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
    }

    public void Take(DateTimeOffset now) => arrival = (arrival > now ? arrival : now) + period;

    /// <summary>No token before <paramref name="until"/> (a channel's "retry after" for everyone).</summary>
    public void HoldUntil(DateTimeOffset until)
    {
        var held = until + Tolerance;
        arrival = arrival > held ? arrival : held;
    }
}
