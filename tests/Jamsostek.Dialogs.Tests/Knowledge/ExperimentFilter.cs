namespace Jamsostek.Dialogs.Tests.Knowledge;

/// <summary>
/// Which runs of an experiment test are made: KNOWLEDGE_EXPERIMENT_ONLY="a|b" those whose name contains one of the parts
/// (the machine is shared), "all" every run; unset, the experiment's own choice (every run when it has none).
/// </summary>
internal static class ExperimentFilter
{
    public static bool Includes(string name, IReadOnlyList<string>? whenUnset = null)
    {
        var parts = Environment.GetEnvironmentVariable("KNOWLEDGE_EXPERIMENT_ONLY") is { Length: > 0 } asked
            ? asked == "all" ? null : asked.Split('|')
            : whenUnset;
        return parts is null || parts.Any(part => name.Contains(part, StringComparison.Ordinal));
    }
}
