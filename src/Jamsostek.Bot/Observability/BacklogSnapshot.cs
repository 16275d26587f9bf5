namespace Jamsostek.Bot.Observability;

/// <summary>The database-wide figures of one read (ages in seconds).</summary>
public sealed record BacklogSnapshot(
    DateTimeOffset At, int OutboxBacklog, double OldestUnsentAge, int PendingSignUps, double OldestPendingAge, int RemindersWaiting, int RemindersSent24h);
