namespace Jamsostek.Dialogs.Flows;

/// <summary>
/// A choice offered at a step. Next, Start and Action are optional routing overrides. ShortLabel is how the
/// chosen answer is shown afterwards (the summary), when the button's label carries more (a price).
/// </summary>
public sealed record ChoiceDefinition(
    string Id,
    string Label,
    IReadOnlyList<string> Synonyms,
    string? Next,
    string? Start,
    string? Action,
    string? ShortLabel = null);
