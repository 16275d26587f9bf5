using Hangfire;

namespace Jamsostek.Bot.Reminders;

/// <summary>The Hangfire job: one planning pass. Passes never overlap in one storage; the ledger makes overlap harmless anyway.</summary>
public sealed class ReminderPlanningJob(ReminderPlanner planner)
{
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [AutomaticRetry(Attempts = 2)]
    public async Task RunAsync(CancellationToken cancellationToken) => await planner.RunAsync(cancellationToken);
}
