namespace Jamsostek.Dialogs.Flows;

/// <summary>All validated flows, by id.</summary>
public sealed class FlowCatalog(IReadOnlyList<FlowDefinition> flows)
{
    public IReadOnlyList<FlowDefinition> Flows { get; } = flows;

    public FlowDefinition? Find(string? id) => Flows.FirstOrDefault(f => string.Equals(f.Id, id, StringComparison.Ordinal));
}
