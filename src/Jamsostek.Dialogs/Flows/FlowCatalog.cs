namespace Jamsostek.Dialogs.Flows;

/// <summary>All validated flows, by id.</summary>
public sealed class FlowCatalog(IReadOnlyList<FlowDefinition> flows)
{
    /// <summary>The flow the welcome menu lives in (the validator asks it for the texts of words said anywhere).</summary>
    public const string MenuFlowId = "menu";

    public IReadOnlyList<FlowDefinition> Flows { get; } = flows;

    public FlowDefinition? Find(string? id) => Flows.FirstOrDefault(f => string.Equals(f.Id, id, StringComparison.Ordinal));
}
