namespace Jamsostek.Bot.Reminders;

/// <summary>A reminder a planning pass queued (the JSON line of `reminders plan --json`).</summary>
public sealed record PlannedReminder(
    long Member,
    string Kpj,
    string Kind,
    DateOnly ContributionMonth,
    DateOnly DueDate,
    DateTimeOffset SendAtUtc,
    DateTimeOffset SendAtLocal,
    decimal Amount);
