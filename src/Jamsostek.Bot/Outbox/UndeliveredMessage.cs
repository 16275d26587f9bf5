namespace Jamsostek.Bot.Outbox;

/// <summary>A message a person never got: when it was written, on which channel, the channel's reason and what it means.</summary>
public sealed record UndeliveredMessage(DateTimeOffset At, string Channel, bool IsNotice, string Reason, string Explanation);
