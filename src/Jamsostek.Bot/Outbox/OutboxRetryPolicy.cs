namespace Jamsostek.Bot.Outbox;

/// <summary>
/// When to try a row again after a server or network error (<see cref="Backoff.Outbox"/>), for as long as the
/// channel may be down. Given up only when the row has had MaxSendAttempts tries and is older than GiveUpAfter.
/// </summary>
public static class OutboxRetryPolicy
{
    public static TimeSpan MaxBackoff => Backoff.Outbox.Max;

    /// <summary>The next attempt's time, or null when the row should be given up.</summary>
    public static DateTimeOffset? NextAttempt(int attempts, DateTimeOffset createdAt, DateTimeOffset now, OutboxChannelSettings settings)
    {
        if (attempts >= settings.MaxSendAttempts && now - createdAt >= settings.GiveUpAfter)
        {
            return null;
        }

        return now + Backoff.Outbox.After(attempts);
    }
}
