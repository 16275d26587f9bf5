using Jamsostek.Bot.Hosting;

namespace Jamsostek.Bot.Channels.Telegram;

/// <summary>
/// When to try a reply again after a server or network error: 2, 4, 8 … seconds, capped at 5 minutes,
/// for as long as Telegram may be down (an outage of hours must not lose replies). Given up only when
/// the reply has had MaxSendAttempts tries and is older than GiveUpAfterHours.
/// </summary>
public static class TelegramRetryPolicy
{
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(5);

    /// <summary>The next attempt's time, or null when the reply should be given up.</summary>
    public static DateTimeOffset? NextAttempt(int attempts, DateTimeOffset createdAt, DateTimeOffset now, TelegramOptions options)
    {
        if (attempts >= options.MaxSendAttempts && now - createdAt >= TimeSpan.FromHours(options.GiveUpAfterHours))
        {
            return null;
        }

        return now + Backoff.After(attempts, TimeSpan.FromSeconds(1), MaxBackoff);
    }
}
