using Jamsostek.Bot.Data;
using Jamsostek.Bot.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Channels;

/// <summary>
/// Sends unsent outbox rows in order through the channel's <see cref="IChannelSender"/> and marks them sent.
/// A failure records the error, backs off, and holds the rest of that chat's rows so that order is kept.
/// </summary>
public sealed class OutboxDispatcher(
    IDbContextFactory<BotDbContext> dbFactory,
    IEnumerable<IChannelSender> senders,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger)
{
    private readonly Dictionary<string, IChannelSender> sendersByChannel = senders.ToDictionary(s => s.Channel, StringComparer.Ordinal);

    /// <summary>Sends what is due on <paramref name="channel"/> (only <paramref name="chatId"/>'s rows when given); returns how many were sent.</summary>
    public async Task<int> DispatchAsync(string channel, string? chatId = null, CancellationToken cancellationToken = default)
    {
        if (!sendersByChannel.TryGetValue(channel, out var sender))
        {
            throw new InvalidOperationException($"No sender for channel '{channel}'.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        var due = await db.OutboxMessages
            .Where(m => m.Channel == channel && m.SentAt == null && m.AbandonedAt == null && (chatId == null || m.ChatId == chatId))
            .OrderBy(m => m.Id)
            .ToListAsync(cancellationToken);

        var held = new HashSet<string>(StringComparer.Ordinal);
        var sent = 0;
        foreach (var message in due)
        {
            if (held.Contains(message.ChatId) || (message.NextAttemptAt is { } next && next > now))
            {
                held.Add(message.ChatId);
                continue;
            }

            try
            {
                await sender.SendAsync(message, cancellationToken);
                message.SentAt = time.GetUtcNow();
                sent++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                message.Attempts++;
                message.NextAttemptAt = now + Backoff(message.Attempts);
                message.LastError = PersonalData.Mask(ex.Message);
                held.Add(message.ChatId);
                logger.LogWarning("Sending outbox message {Id} on {Channel} failed (attempt {Attempts}): {Error}",
                    message.Id, channel, message.Attempts, PersonalData.Describe(ex));
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return sent;
    }

    private static TimeSpan Backoff(int attempts) => TimeSpan.FromSeconds(Math.Min(3600, 5 * Math.Pow(2, attempts - 1)));
}
