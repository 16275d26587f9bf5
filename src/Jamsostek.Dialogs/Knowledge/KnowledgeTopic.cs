namespace Jamsostek.Dialogs.Knowledge;

/// <summary>One question-and-answer topic of the knowledge base, as written by programme staff in YAML.</summary>
/// <param name="Action">Name of a host behaviour to trigger with the answer (quote-contribution, signup-status, handoff, delete-data), or null.</param>
/// <param name="IsPointer">
/// A pointer of rujukan.yaml: another agency's subject ("KTP hilang" is Dukcapil's), matched like a topic so it competes
/// with the topics that share its words, and answered only with where to ask: it never answers a BPJS Ketenagakerjaan question.
/// </param>
public sealed record KnowledgeTopic(
    string Id,
    string Title,
    IReadOnlyList<string> Examples,
    string Answer,
    IReadOnlyList<string> FollowUps,
    DateOnly LastChecked,
    string? Action,
    bool IsPointer = false);
