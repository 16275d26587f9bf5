using Jamsostek.Bot.Outbox;

namespace Jamsostek.Bot.Conversations;

/// <summary>What became of one inbound message, and where the conversation now waits.</summary>
public sealed record TurnOutcome(TurnStatus Status, string? FlowId, string? StepId)
{
    /// <summary>
    /// The turn's outbox rows as stored (ids included), written already leased to the caller that asked for it, to send at
    /// once (oldest first) without reading them again.
    /// </summary>
    public IReadOnlyList<OutboxMessage> ClaimedReplies { get; init; } = [];
}

public enum TurnStatus
{
    /// <summary>The turn ran and committed; its replies are in the outbox.</summary>
    Handled,

    /// <summary>The message id was seen before: nothing was changed or queued.</summary>
    Duplicate,

    /// <summary>The turn failed and was rolled back; an apology is in the outbox (the message counts as handled).</summary>
    Failed,

    /// <summary>
    /// Nothing was committed, not even the apology (the database is down): the message is not recorded as
    /// processed, so the channel must get it delivered again (polling keeps its offset, a webhook answers 503).
    /// </summary>
    NotCommitted,
}
