using System.Diagnostics.Metrics;
using Jamsostek.Bot.Data;
using Jamsostek.Dialogs.Engine;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Observability;

/// <summary>
/// What waits in the database, read on a scrape: outbox backlog and its oldest row's age, pending sign-ups and the oldest
/// one's age, reminders waiting and sent in the last 24 hours. Every replica reports the same database-wide figures
/// (take max, not sum, across replicas). Each query rides an index; the snapshot is kept <see cref="MaxAge"/> so that
/// several scrapers (or a scrape per replica) cost one set of queries.
/// </summary>
public sealed class BacklogGauges
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(10);

    private readonly IDbContextFactory<BotDbContext> dbFactory;
    private readonly TimeProvider time;
    private readonly ILogger<BacklogGauges> logger;
    private readonly Lock gate = new();
    private BacklogSnapshot? snapshot;

    public BacklogGauges(IMeterFactory meters, IDbContextFactory<BotDbContext> dbFactory, TimeProvider time, ILogger<BacklogGauges> logger)
    {
        this.dbFactory = dbFactory;
        this.time = time;
        this.logger = logger;
        var meter = meters.Create(BotMetrics.MeterName);
        meter.CreateObservableGauge("jamsostek.outbox.backlog", () => Read().OutboxBacklog, "{message}", "Messages queued and not yet sent (not abandoned, not waiting for the person).");
        meter.CreateObservableGauge("jamsostek.outbox.oldest_unsent_age", () => Read().OldestUnsentAge, "s", "Age of the oldest message in the backlog; 0 when empty.");
        meter.CreateObservableGauge("jamsostek.signups.pending", () => Read().PendingSignUps, "{signup}", "Sign-ups waiting for an officer's decision.");
        meter.CreateObservableGauge("jamsostek.signups.oldest_pending_age", () => Read().OldestPendingAge, "s", "Age of the oldest pending sign-up; 0 when none.");
        meter.CreateObservableGauge("jamsostek.reminders.waiting", () => Read().RemindersWaiting, "{reminder}", "Payment reminders planned and not yet sent.");
        meter.CreateObservableGauge("jamsostek.reminders.sent_24h", () => Read().RemindersSent24h, "{reminder}", "Payment reminders sent in the last 24 hours.");
    }

    /// <summary>The current figures, at most <see cref="MaxAge"/> old; zeros and one warning line while the database does not answer.</summary>
    public BacklogSnapshot Read()
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            if (snapshot is { } fresh && now - fresh.At < MaxAge)
            {
                return fresh;
            }

            try
            {
                snapshot = Query(now);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning("Metrics: the backlog figures could not be read ({Error}); /readyz says why", ex.GetType().Name);
                snapshot = new BacklogSnapshot(now, 0, 0, 0, 0, 0, 0);
            }

            return snapshot;
        }
    }

    // Synchronous: an observable instrument's callback is; the scrape waits for it either way.
    private BacklogSnapshot Query(DateTimeOffset now)
    {
        using var db = dbFactory.CreateDbContext();
        var unsent = db.OutboxMessages.AsNoTracking().Where(m => m.SentAt == null && m.AbandonedAt == null && !m.AwaitingInbound);
        var backlog = unsent.Count();
        var oldestUnsent = backlog == 0 ? (DateTimeOffset?)null : unsent.Min(m => (DateTimeOffset?)m.CreatedAt);
        var pending = db.SignUps.AsNoTracking().Where(s => s.Status == SignUpStatus.Pending);
        var pendingCount = pending.Count();
        var oldestPending = pendingCount == 0 ? (DateTimeOffset?)null : pending.Min(s => (DateTimeOffset?)s.CreatedAt);
        var waiting = db.Reminders.AsNoTracking().Count(r => r.OutboxMessage!.SentAt == null && r.OutboxMessage.AbandonedAt == null);
        var since = now.AddHours(-24);
        var sent = db.Reminders.AsNoTracking().Count(r => r.OutboxMessage!.SentAt >= since);
        return new BacklogSnapshot(now, backlog, Age(now, oldestUnsent), pendingCount, Age(now, oldestPending), waiting, sent);
    }

    private static double Age(DateTimeOffset now, DateTimeOffset? since) => since is { } at ? Math.Max(0, (now - at).TotalSeconds) : 0;
}
