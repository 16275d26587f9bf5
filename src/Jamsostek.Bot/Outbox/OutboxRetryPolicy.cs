using Jamsostek.Bot.Hosting;

namespace Jamsostek.Bot.Outbox;

/// <summary>
/// When to try a row again after a server or network error (the host's one <see cref="Backoff"/>: 2 s doubling, at most 5 minutes, so an outage of hours loses no reply), for as long as the
/// channel may be down. Given up only when the row has had MaxSendAttempts tries and is older than GiveUpAfter.
/// </summary>
public static class OutboxRetryPolicy
{
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromSeconds(2);

    public static TimeSpan MaxBackoff { get; } = TimeSpan.FromMinutes(5);

    /// <summary>The next attempt's time, or null when the row should be given up.</summary>
    public static DateTimeOffset? NextAttempt(int attempts, DateTimeOffset createdAt, DateTimeOffset now, OutboxChannelSettings settings)
    {
        if (attempts >= settings.MaxSendAttempts && now - createdAt >= settings.GiveUpAfter)
        {
            return null;
        }

        return now + Backoff.After(attempts - 1, FirstBackoff, MaxBackoff); // the first failure waits FirstBackoff
    }
}
