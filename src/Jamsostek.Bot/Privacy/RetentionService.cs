using Microsoft.Extensions.Options;

namespace Jamsostek.Bot.Privacy;

/// <summary>
/// Runs <see cref="RetentionJob"/> on the injected clock: first <see cref="RetentionOptions.FirstRunAfterMinutes"/>
/// after start, then every <see cref="RetentionOptions.RunEveryHours"/>. The runs are fixed instants, not delays
/// after the last run, so a slow run does not shift the next. A stand-in scheduler: the job does not depend on it.
/// </summary>
internal sealed class RetentionService(RetentionJob job, IOptions<RetentionOptions> options, TimeProvider time, ILogger<RetentionService> logger) : BackgroundService
{
    private DateTimeOffset nextRun = time.GetUtcNow().AddMinutes(options.Value.FirstRunAfterMinutes);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var every = TimeSpan.FromHours(options.Value.RunEveryHours);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var wait = nextRun - time.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, time, stoppingToken);
                }

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

            var now = time.GetUtcNow();
            do
            {
                nextRun += every;
            }
            while (nextRun <= now);
        }
    }
}
