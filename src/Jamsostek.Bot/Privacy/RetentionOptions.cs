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

    /// <summary>
    /// How often the Hangfire recurring job runs: a divisor of 24 runs on those UTC hours, 24 (the default) once a
    /// day at 19:00 UTC (02:00 WIB, 03:00 WITA, 04:00 WIT: when nobody is registering).
    /// </summary>
    public int RunEveryHours { get; set; } = 24;

    /// <summary>The recurring job's schedule in cron form, from <see cref="RunEveryHours"/>.</summary>
    public string Cron => RunEveryHours >= 24 ? "0 19 * * *" : $"0 */{RunEveryHours} * * *";

    public bool IsValid() =>
        AbandonedRegistrationDays > 0 && TranscriptDays > 0 && SentOutboxDays > 0 && ProcessedKeyDays > 0
        && BatchSize > 0 && RunEveryHours > 0 && (RunEveryHours >= 24 || 24 % RunEveryHours == 0);
}
