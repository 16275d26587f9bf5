using Jamsostek.Bot.Data;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.SignUps.Chats;

/// <summary>Which chats reach the person of a sign-up: the one they registered in and the confirmed others.</summary>
public static class SignUpChats
{
    /// <summary>Wrong answers to the last-4-NIK-digits check before it locks.</summary>
    public const int MaxAttempts = 3;

    /// <summary>How long a locked check stays locked (then the person may try again).</summary>
    public static readonly TimeSpan LockTime = TimeSpan.FromHours(24);

    /// <summary>The sign-ups this chat was confirmed for (a chat where nobody linked: none).</summary>
    public static IQueryable<long> ConfirmedFor(BotDbContext db, string channel, string chatId) =>
        db.SignUpChats.Where(c => c.Channel == channel && c.ChatId == chatId && c.ConfirmedAt != null).Select(c => c.SignUpId);

    /// <summary>
    /// For each sign-up that has confirmed other chats, the chat the person used last (the conversation saved last)
    /// among those and the one they registered in. Sign-ups without another chat are not in the answer: send to the
    /// chat they registered in. One query for a whole batch; usually empty.
    /// </summary>
    public static async Task<Dictionary<long, (string Channel, string ChatId)>> LastUsedAsync(
        BotDbContext db, IReadOnlyCollection<(long SignUpId, string Channel, string ChatId)> origins, CancellationToken cancellationToken)
    {
        var ids = origins.Select(o => o.SignUpId).Distinct().ToList();
        var links = await db.SignUpChats.AsNoTracking()
            .Where(c => ids.Contains(c.SignUpId) && c.ConfirmedAt != null)
            .Select(c => new { c.SignUpId, c.Channel, c.ChatId, c.ConfirmedAt })
            .ToListAsync(cancellationToken);
        var result = new Dictionary<long, (string, string)>();
        if (links.Count == 0)
        {
            return result;
        }

        var candidates = origins.Where(o => links.Any(l => l.SignUpId == o.SignUpId))
            .Select(o => (o.SignUpId, o.Channel, o.ChatId))
            .Concat(links.Select(l => (l.SignUpId, l.Channel, l.ChatId)))
            .Distinct()
            .ToList();
        var keys = candidates.Select(c => c.Channel + ":" + c.ChatId).Distinct().ToList();
        var used = await db.Conversations.AsNoTracking()
            .Where(c => keys.Contains(c.Channel + ":" + c.ChatId))
            .Select(c => new { c.Channel, c.ChatId, c.UpdatedAt })
            .ToListAsync(cancellationToken);
        var lastUse = used.ToDictionary(c => (c.Channel, c.ChatId), c => c.UpdatedAt);
        foreach (var link in links)
        {
            // Confirming the chat is using it (the check's messages are not a conversation's turns).
            var key = (link.Channel, link.ChatId);
            lastUse[key] = lastUse.TryGetValue(key, out var at) && at > link.ConfirmedAt!.Value ? at : link.ConfirmedAt!.Value;
        }

        foreach (var group in candidates.GroupBy(c => c.SignUpId))
        {
            var best = group.OrderByDescending(c => lastUse.TryGetValue((c.Channel, c.ChatId), out var at) ? at : DateTimeOffset.MinValue).First();
            result[group.Key] = (best.Channel, best.ChatId);
        }

        return result;
    }
}
