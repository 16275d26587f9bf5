namespace Jamsostek.Bot.Agents;

/// <summary>The kinds of agent an officer may create, as stored and as people read them.</summary>
public static class AgentKinds
{
    public static IReadOnlyDictionary<string, string> Labels { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["kader"] = "Kader desa",
        ["perisai"] = "Agen PERISAI",
        ["rt"] = "Ketua RT",
    };

    public static string LabelOf(string kind) => Labels.TryGetValue(kind, out var label) ? label : kind;
}
