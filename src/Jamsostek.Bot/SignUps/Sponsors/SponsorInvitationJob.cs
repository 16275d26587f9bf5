using Hangfire;

namespace Jamsostek.Bot.SignUps.Sponsors;

/// <summary>The Hangfire job (recurring "undangan-sponsor"): one pass of <see cref="SponsorInvitationNotices"/>.</summary>
public sealed class SponsorInvitationJob(SponsorInvitationNotices notices)
{
    public const string Id = "undangan-sponsor";

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [AutomaticRetry(Attempts = 2)]
    public async Task RunAsync(CancellationToken cancellationToken) => await notices.RunAsync(cancellationToken);
}
