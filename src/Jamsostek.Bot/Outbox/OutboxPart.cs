namespace Jamsostek.Bot.Outbox;

/// <summary>One message a channel sends for an outbox row (a row may render to several: long texts are split).</summary>
public abstract record OutboxPart;
