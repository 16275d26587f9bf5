namespace Jamsostek.Bot.Privacy;

/// <summary>
/// How long what the bot keeps about a chat lives (section <c>Retention</c>). Sign-ups themselves (pending,
/// approved, rejected) are the programme's records and never expire here; only what surrounds them does.
/// </summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>Answers of a registration left unsubmitted (the conversation's saved answers and that attempt's transcript lines).</summary>
    public int AbandonedRegistrationDays { get; set; } = 30;

    /// <summary>Chat transcript lines (what the worker typed and the bot replied), and the NIK entry counts.</summary>
    public int TranscriptDays { get; set; } = 180;

    /// <summary>Replies sent (or given up): the outbox row and its text.</summary>
    public int SentOutboxDays { get; set; } = 180;

    /// <summary>Keys of handled inbound messages: a redelivery comes within minutes, Telegram keeps updates 24 hours.</summary>
    public int ProcessedKeyDays { get; set; } = 7;

    /// <summary>Rows deleted or cleared per statement, so a long backlog never holds the database for long.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>How often the job runs (the first run is <see cref="FirstRunAfterMinutes"/> after start).</summary>
    public int RunEveryHours { get; set; } = 24;

    public int FirstRunAfterMinutes { get; set; } = 10;

    public bool IsValid() =>
        AbandonedRegistrationDays > 0 && TranscriptDays > 0 && SentOutboxDays > 0 && ProcessedKeyDays > 0
        && BatchSize > 0 && RunEveryHours > 0 && FirstRunAfterMinutes >= 0;
}
