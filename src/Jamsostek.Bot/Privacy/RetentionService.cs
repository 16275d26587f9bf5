using Microsoft.Extensions.Options;

namespace Jamsostek.Bot.Privacy;

/// <summary>
/// Runs <see cref="RetentionJob"/> on the injected clock: first a little after start, then every
/// <see cref="RetentionOptions.RunEveryHours"/>. A stand-in scheduler: the job does not depend on it.
/// </summary>
internal sealed class RetentionService(RetentionJob job, IOptions<RetentionOptions> options, TimeProvider time, ILogger<RetentionService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var wait = TimeSpan.FromMinutes(options.Value.FirstRunAfterMinutes);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(wait, time, stoppingToken);
                await job.RunAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError("Retention run failed: {Error}", PersonalData.Describe(ex));
            }

            wait = TimeSpan.FromHours(options.Value.RunEveryHours);
        }
    }
}
