using Microsoft.Extensions.Options;

namespace Jamsostek.Bot.Channels.Telegram;

/// <summary>
/// Paces sends to Telegram's limits: per chat PerChatMessagesPerSecond with a burst of PerChatBurst,
/// overall GlobalMessagesPerSecond (burst of one second's worth). Each limit is a GCRA bucket (a token
/// bucket kept as one "theoretical arrival time"). Thread-safe; time only from the injected TimeProvider.
/// Use <see cref="TryAcquire"/> (check and record at once) when several workers share it.
/// </summary>
public sealed class TelegramRateLimiter
{
    private const int PruneThreshold = 10_000;
    private readonly Lock gate = new();
    private readonly Dictionary<string, DateTimeOffset> chats = new(StringComparer.Ordinal);
    private readonly TimeProvider timeProvider;
    private readonly TimeSpan chatInterval;
    private readonly TimeSpan chatTolerance;
    private readonly TimeSpan globalInterval;
    private readonly TimeSpan globalTolerance;
    private DateTimeOffset global = DateTimeOffset.MinValue;

    public TelegramRateLimiter(IOptions<TelegramOptions> options, TimeProvider timeProvider)
    {
        var settings = options.Value;
        this.timeProvider = timeProvider;
        chatInterval = TimeSpan.FromSeconds(1 / settings.PerChatMessagesPerSecond);
        chatTolerance = chatInterval * (Math.Max(1, settings.PerChatBurst) - 1);
        globalInterval = TimeSpan.FromSeconds(1 / settings.GlobalMessagesPerSecond);
        globalTolerance = globalInterval * (Math.Max(1, Math.Floor(settings.GlobalMessagesPerSecond)) - 1);
    }

    /// <summary>How long to wait before a message to this chat may go; zero when it may go now.</summary>
    public TimeSpan DelayFor(string chatId) => DelayFor(chatId, timeProvider.GetUtcNow());

    public TimeSpan DelayFor(string chatId, DateTimeOffset now)
    {
        lock (gate)
        {
            var chat = chats.TryGetValue(chatId, out var tat) ? tat : DateTimeOffset.MinValue;
            return Max(Wait(chat, chatTolerance, now), Wait(global, globalTolerance, now));
        }
    }

    /// <summary>How long until any message may go (the overall pace, or a 429's wait); zero when one may go now.</summary>
    public TimeSpan GlobalDelay()
    {
        var now = timeProvider.GetUtcNow();
        lock (gate)
        {
            return Wait(global, globalTolerance, now);
        }
    }

    /// <summary>Counts a message sent (or about to be sent) to this chat.</summary>
    public void Record(string chatId) => Record(chatId, timeProvider.GetUtcNow());

    public void Record(string chatId, DateTimeOffset now)
    {
        lock (gate)
        {
            var chat = chats.TryGetValue(chatId, out var tat) ? tat : DateTimeOffset.MinValue;
            chats[chatId] = Max(chat, now) + chatInterval;
            global = Max(global, now) + globalInterval;
            if (chats.Count > PruneThreshold)
            {
                foreach (var idle in chats.Where(kv => kv.Value <= now).Select(kv => kv.Key).ToList())
                {
                    chats.Remove(idle);
                }
            }
        }
    }

    /// <summary>Records the send and returns true when it may go now; otherwise returns false and the wait.</summary>
    public bool TryAcquire(string chatId, out TimeSpan wait)
    {
        var now = timeProvider.GetUtcNow();
        lock (gate)
        {
            wait = DelayFor(chatId, now);
            if (wait > TimeSpan.Zero)
            {
                return false;
            }

            Record(chatId, now);
            return true;
        }
    }

    /// <summary>After a 429 with retry_after: hold every send until then (Telegram's flood wait is bot-wide in practice).</summary>
    public void BackOff(TimeSpan retryAfter)
    {
        var until = timeProvider.GetUtcNow() + retryAfter + globalTolerance;
        lock (gate)
        {
            global = Max(global, until);
        }
    }

    private static TimeSpan Wait(DateTimeOffset tat, TimeSpan tolerance, DateTimeOffset now)
    {
        if (tat == DateTimeOffset.MinValue)
        {
            return TimeSpan.Zero;
        }

        var wait = tat - tolerance - now;
        return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
