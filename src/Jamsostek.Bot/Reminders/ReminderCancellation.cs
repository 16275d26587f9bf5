using Jamsostek.Bot.Data;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Reminders;

/// <summary>
/// Cancels queued reminders a payment made pointless. The outbox row is abandoned with a conditional UPDATE
/// (unsent, not abandoned, no part delivered, no live lease), decided by the database at write time: a row a
/// dispatcher leased after the reminders were read goes out as it was taken, and its reminder stays uncancelled
/// (it was sent, the ledger says so) instead of being marked abandoned while it is being sent.
/// </summary>
internal static class ReminderCancellation
{
    public const string Reason = "payment recorded before sending";

    /// <returns>How many reminders were cancelled.</returns>
    public static async Task<int> CancelUnsentAsync(BotDbContext db, IReadOnlyList<Reminder> reminders, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var cancelled = 0;
        foreach (var reminder in reminders.Where(r => r.CancelledAt is null && r.OutboxMessageId is not null))
        {
            var abandoned = await db.OutboxMessages
                .Where(m => m.Id == reminder.OutboxMessageId && m.SentAt == null && m.AbandonedAt == null && m.PartsSent == 0
                    && (m.ClaimedUntil == null || m.ClaimedUntil <= now))
                .ExecuteUpdateAsync(set => set.SetProperty(m => m.AbandonedAt, now).SetProperty(m => m.LastError, Reason), cancellationToken);
            if (abandoned == 1)
            {
                reminder.CancelledAt = now;
                cancelled++;
            }
        }

        return cancelled;
    }
}
