namespace Jamsostek.Dialogs.Flows;

/// <summary>
/// A conversation flow as declared in one YAML file of dialogs/. FreeTextLeaves: text that is not an
/// answer leaves the flow for the question answerer (the menu), instead of asking again.
/// </summary>
public sealed record FlowDefinition(
    string Id,
    int Version,
    string Title,
    string StartStepId,
    IReadOnlyList<string> Triggers,
    bool ShowProgress,
    bool FreeTextLeaves,
    IReadOnlyList<StepDefinition> Steps,
    string SourceFile,
    IReadOnlyDictionary<string, string>? Texts = null)
{
    /// <summary>The flow's own wording for an engine message, or the default.</summary>
    public string Text(string key, string fallback) =>
        Texts is not null && Texts.TryGetValue(key, out var text) && !string.IsNullOrWhiteSpace(text) ? text.TrimEnd() : fallback;

    private readonly Dictionary<string, StepDefinition> byId = Steps
        .GroupBy(s => s.Id, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    public StepDefinition? Find(string? stepId) =>
        stepId is not null && byId.TryGetValue(stepId, out var step) ? step : null;

    public StepDefinition Start => byId[StartStepId];

    /// <summary>The question steps that count towards "Langkah N dari M", in file order.</summary>
    public IReadOnlyList<StepDefinition> CountedSteps => Steps.Where(s => s.Input is not null && s.Counted).ToList();
}
