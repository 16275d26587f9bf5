using System.Collections.Immutable;

namespace Jamsostek.Dialogs.Engine;

/// <summary>
/// Everything the engine needs to continue a conversation: the host stores it after every turn
/// (slots and trail as JSON) and hands it back unchanged on the next one.
/// </summary>
public sealed record ConversationState
{
    public static ConversationState Empty { get; } = new();

    public string? FlowId { get; init; }

    public int FlowVersion { get; init; }

    public string? StepId { get; init; }

    /// <summary>Answers given so far, by slot name, in their canonical text form.</summary>
    public ImmutableDictionary<string, string> Slots { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Failed tries at the current step.</summary>
    public int Attempts { get; init; }

    /// <summary>Steps asked before the current one, so that "kembali" can walk back.</summary>
    public ImmutableList<string> Trail { get; init; } = [];

    /// <summary>
    /// A sub-question of the current step (birth date differs from the NIK, which field to change,
    /// suggestions offered after a near miss), so that the next answer is read against it.
    /// </summary>
    public string? Pending { get; init; }

    /// <summary>Deep-link payload or campaign code the conversation started with.</summary>
    public string? Source { get; init; }

    public bool InFlow => FlowId is not null && StepId is not null;
}
