namespace Jamsostek.Bot.Reminders;

/// <summary>The name this process's Hangfire server registers under, so that readiness finds its own among the replicas'.</summary>
public static class JobServerName
{
    public static string Value { get; } = $"jamsostek-{Environment.MachineName}-{Environment.ProcessId}";
}
