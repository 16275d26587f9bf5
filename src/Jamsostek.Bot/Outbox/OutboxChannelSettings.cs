namespace Jamsostek.Bot.Outbox;

/// <summary>
/// How the dispatcher treats one channel, read from that channel's settings: the overall pace (messages a second,
/// one second's worth as burst), the pace per recipient (a burst, then one every 1/<see cref="PerRecipientPerSecond"/>
/// seconds), how long server errors are retried, and how often the outbox is looked at when nothing woke it.
/// </summary>
public sealed record OutboxChannelSettings(
    double MessagesPerSecond,
    double PerRecipientPerSecond,
    int PerRecipientBurst,
    int MaxSendAttempts,
    TimeSpan GiveUpAfter,
    TimeSpan PollInterval)
{
    /// <summary>No pacing (the terminal): a reply is printed at once.</summary>
    public static OutboxChannelSettings Unpaced { get; } = new(1_000_000, 1_000_000, 1_000_000, 8, TimeSpan.FromHours(24), TimeSpan.FromSeconds(1));
}
