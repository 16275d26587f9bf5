namespace Jamsostek.Dialogs.Flows;

/// <summary>A choice offered at a step. Next, Start and Action are optional routing overrides.</summary>
public sealed record ChoiceDefinition(
    string Id,
    string Label,
    IReadOnlyList<string> Synonyms,
    string? Next,
    string? Start,
    string? Action);
