namespace Jamsostek.Dialogs.Knowledge;

/// <summary>One question-and-answer topic of the knowledge base, as written by programme staff in YAML.</summary>
/// <param name="Action">Name of a host behaviour to trigger with the answer (quote-contribution, signup-status, handoff, delete-data), or null.</param>
public sealed record KnowledgeTopic(
    string Id,
    string Title,
    IReadOnlyList<string> Examples,
    string Answer,
    IReadOnlyList<string> FollowUps,
    DateOnly LastChecked,
    string? Action);
