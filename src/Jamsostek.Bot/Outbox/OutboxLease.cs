using Jamsostek.Bot.Data;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Outbox;

/// <summary>
/// Claims an outbox row for one dispatcher with a conditional UPDATE: only an unsent row that nobody
/// holds (or whose holder's lease ran out, e.g. it crashed) is taken; one affected row means this
/// dispatcher won and is the only one to send it.
/// </summary>
public static class OutboxLease
{
    /// <summary>Longer than a send of several parts with their timeouts; renewed after each part.</summary>
    public static readonly TimeSpan Duration = TimeSpan.FromMinutes(2);

    public static async Task<bool> TryClaimAsync(BotDbContext db, long rowId, string holder, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var until = now + Duration;
        var claimed = await db.OutboxMessages
            .Where(m => m.Id == rowId && m.SentAt == null && m.AbandonedAt == null && (m.ClaimedUntil == null || m.ClaimedUntil <= now))
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.ClaimedBy, holder).SetProperty(m => m.ClaimedUntil, until), cancellationToken);
        return claimed == 1;
    }
}
