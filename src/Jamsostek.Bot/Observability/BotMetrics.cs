using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Jamsostek.Bot.Observability;

/// <summary>
/// The counters the features write as things happen (turns, failed sends, refused webhooks, reminders planned), on the
/// meter <see cref="MeterName"/>. Labels are bounded words (channel, outcome kind), never a chat id, a text or a reason:
/// a label with a person's data in it would reach every dashboard, and unbounded labels would swamp Prometheus.
/// </summary>
public sealed class BotMetrics
{
    public const string MeterName = "Jamsostek.Bot";

    private readonly Counter<long> turns;
    private readonly Histogram<double> turnDuration;
    private readonly Counter<long> sendErrors;
    private readonly Counter<long> webhookAuthFailures;
    private long remindersPlanned;

    public BotMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        turns = meter.CreateCounter<long>("jamsostek.turns", "{turn}", "Inbound messages handled, by channel and outcome (rate = turns per second).");
        turnDuration = meter.CreateHistogram<double>(
            "jamsostek.turn.duration", "s", "Time from a message's arrival at the turn processor to its committed outcome.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });
        sendErrors = meter.CreateCounter<long>("jamsostek.send.errors", "{send}", "Sends that did not deliver, by channel and outcome kind (retry_after, transient, unreachable, rejected, outside_window).");
        webhookAuthFailures = meter.CreateCounter<long>("jamsostek.webhook.auth_failures", "{request}", "Webhook requests refused for a wrong or missing secret or signature, by channel.");
        // Observable: exported (as 0) from the start, so an alert on "no reminders planned today" has a series to watch.
        meter.CreateObservableCounter("jamsostek.reminders.planned", () => Interlocked.Read(ref remindersPlanned), "{reminder}", "Payment reminders written to the ledger by planning passes of this process.");
    }

    // The rooms pass their own enums (a turn's status, a send's outcome kind): generic, so the meter depends on no room.
    public void TurnCompleted<TStatus>(string channel, TStatus status, TimeSpan elapsed)
        where TStatus : struct, Enum
    {
        var tags = new TagList { { "channel", channel }, { "outcome", Snake(status.ToString()) } };
        turns.Add(1, tags);
        turnDuration.Record(elapsed.TotalSeconds, tags);
    }

    public void SendFailed<TKind>(string channel, TKind kind)
        where TKind : struct, Enum =>
        sendErrors.Add(1, new TagList { { "channel", channel }, { "code", Snake(kind.ToString()) } });

    public void WebhookRefused(string channel) => webhookAuthFailures.Add(1, new TagList { { "channel", channel } });

    public void RemindersPlanned(int count) => Interlocked.Add(ref remindersPlanned, count);

    /// <summary>RetryAfter → retry_after: Prometheus label values as operators type them.</summary>
    private static string Snake(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : string.Empty) + char.ToLowerInvariant(c) : c.ToString()));
}
