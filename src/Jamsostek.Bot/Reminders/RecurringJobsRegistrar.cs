using Hangfire;
using Jamsostek.Bot.Privacy;
using Microsoft.Extensions.Options;

namespace Jamsostek.Bot.Reminders;

/// <summary>
/// Registers the recurring jobs at every start: with in-memory storage nothing survives a restart, and nothing
/// needs to, because the ledger in the database is the truth and each pass is repeatable.
/// </summary>
internal sealed class RecurringJobsRegistrar(IRecurringJobManager jobs, IOptions<RemindersOptions> options, IOptions<RetentionOptions> retention, IOptions<SignUps.Sponsors.SponsorInvitationOptions> invitations, IOptions<Agents.AgentOptions> agents) : IHostedService
{
    public const string PlanningJobId = "pengingat-iuran";

    public const string RetentionJobId = "retensi-data";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var cron = $"*/{options.Value.PlanEveryMinutes} * * * *";
        jobs.AddOrUpdate<ReminderPlanningJob>(PlanningJobId, job => job.RunAsync(CancellationToken.None), cron, new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        jobs.AddOrUpdate<RetentionJob>(RetentionJobId, job => job.RunAsync(CancellationToken.None), retention.Value.Cron, new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        jobs.AddOrUpdate<SignUps.Sponsors.SponsorInvitationJob>(SignUps.Sponsors.SponsorInvitationJob.Id, job => job.RunAsync(CancellationToken.None),
            $"*/{invitations.Value.SendEveryMinutes} * * * *", new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        jobs.AddOrUpdate<Agents.HeldSignUpExpiry>(Agents.HeldSignUpExpiry.Id, job => job.RunAsync(CancellationToken.None),
            $"*/{agents.Value.ExpireEveryMinutes} * * * *", new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
