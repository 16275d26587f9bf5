using Microsoft.Extensions.Options;

namespace Jamsostek.Bot.Reminders;

/// <summary>
/// Starts a Hangfire hosted service only when Jobs:Enabled is true, read when the host starts (test hosts set it
/// in configuration that Program cannot see while registering services). Until then nothing of Hangfire is
/// resolved, so its process-wide statics (JobStorage.Current) stay untouched.
/// </summary>
internal sealed class WhenJobsEnabled(IServiceProvider services, IOptions<JobsOptions> options, Func<IServiceProvider, IHostedService> create) : IHostedService, IAsyncDisposable
{
    private IHostedService? inner;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Enabled)
        {
            inner = create(services);
            await inner.StartAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => inner?.StopAsync(cancellationToken) ?? Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        switch (inner)
        {
            case IAsyncDisposable asyncDisposable:
                await asyncDisposable.DisposeAsync();
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
        }
    }
}
