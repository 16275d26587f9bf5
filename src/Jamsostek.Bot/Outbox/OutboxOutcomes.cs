using Jamsostek.Bot.Data;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Outbox;

/// <summary>What the outbox does with a transport's <see cref="SendOutcome"/>: the same for every channel.</summary>
internal sealed class OutboxOutcomes(TimeProvider timeProvider, ILogger logger, Func<BotDbContext, Task> save)
{
    /// <summary>Records the outcome on the row; true when the part went and the row's next part may follow.</summary>
    public async Task<bool> ApplyAsync(
        BotDbContext db, OutboxMessage row, SendOutcome outcome, OutboxRendering rendering, OutboxChannelSettings settings, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        row.LastError = outcome.Reason;
        switch (outcome.Kind)
        {
            case SendOutcomeKind.Sent:
                row.PartsSent++;
                row.ExternalMessageId = outcome.MessageId;
                row.NextAttemptAt = null;
                row.LastError = null;
                row.ClaimedUntil = now + OutboxLease.Duration;
                if (row.PartsSent >= rendering.Parts.Count && rendering.Announces)
                {
                    // Announced (a template): the row itself goes once the person answers, as a plain message. Its
                    // kind and values are done with, so they are not kept (they name the person).
                    row.PartsSent = 0;
                    row.NeedsTemplate = false;
                    row.AwaitingInbound = true;
                    row.NoticeKind = null;
                    row.NoticeParametersJson = null;
                    row.ClaimedBy = null;
                    row.ClaimedUntil = null;
                    await save(db);
                    return false;
                }

                if (row.PartsSent >= rendering.Parts.Count)
                {
                    // Sent and released in one write (the lease is not needed once SentAt is set), which the caller
                    // makes as the send ends: in its own save, or riding in the turn writer's transaction.
                    row.SentAt = now;
                    row.ClaimedBy = null;
                    row.ClaimedUntil = null;
                    return true;
                }

                await save(db); // a part of several: saved at once, so a crash resends at most the part in flight
                return true;
            case SendOutcomeKind.RetryAfter:
                row.NextAttemptAt = now + outcome.RetryAfter!.Value;
                return false;
            case SendOutcomeKind.Transient:
                row.Attempts++;
                row.NextAttemptAt = OutboxRetryPolicy.NextAttempt(row.Attempts, row.CreatedAt, now, settings);
                if (row.NextAttemptAt is null)
                {
                    row.AbandonedAt = now;
                    logger.LogWarning("{Channel} reply {OutboxId} given up after {Attempts} tries over {Hours} hours: {Reason}",
                        row.Channel, row.Id, row.Attempts, settings.GiveUpAfter.TotalHours, outcome.Reason);
                }

                return false;
            case SendOutcomeKind.OutsideWindow when !row.NeedsTemplate:
                // Rendered again at once as a template (or held for the person's next message when there is none).
                row.NeedsTemplate = true;
                row.PartsSent = 0;
                return false;
            case SendOutcomeKind.Unreachable:
                await MarkUnreachableAsync(db, row, now, cancellationToken);
                return false;
            default:
                row.AbandonedAt = now;
                logger.LogError("{Channel} refused reply {OutboxId}: {Reason}", row.Channel, row.Id, outcome.Reason);
                return false;
        }
    }

    // Blocked by the person or gone: never retried; the person gets no more messages or reminders on this channel.
    private async Task MarkUnreachableAsync(BotDbContext db, OutboxMessage row, DateTimeOffset now, CancellationToken cancellationToken)
    {
        logger.LogWarning("{Channel} chat unreachable (blocked or gone); its queued replies are dropped", row.Channel);
        var participant = await db.Participants.FirstOrDefaultAsync(p => p.Channel == row.Channel && p.ChatId == row.ChatId, cancellationToken);
        if (participant is not null)
        {
            participant.Unreachable = true;
        }

        var queued = await db.OutboxMessages
            .Where(m => m.Channel == row.Channel && m.ChatId == row.ChatId && m.SentAt == null && m.AbandonedAt == null)
            .ToListAsync(cancellationToken);
        foreach (var message in queued.Append(row).Distinct())
        {
            message.AbandonedAt = now;
        }
    }
}
