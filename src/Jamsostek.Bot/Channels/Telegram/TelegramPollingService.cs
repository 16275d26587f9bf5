using Jamsostek.Bot.Hosting;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace Jamsostek.Bot.Channels.Telegram;

/// <summary>
/// Polling mode: GetUpdates in a loop, one update at a time, the offset moved past an update only after
/// its turn has committed (a turn that could not commit anything is polled again, after a backoff).
/// Errors back off (1 s doubling to 60 s, or Telegram's retry_after).
/// </summary>
public sealed class TelegramPollingService(
    ITelegramBotClient client,
    TelegramUpdateHandler handler,
    IOptions<TelegramOptions> options,
    TimeProvider timeProvider,
    ILogger<TelegramPollingService> logger) : BackgroundService
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(60);

    internal static UpdateType[] AllowedUpdates { get; } = [UpdateType.Message, UpdateType.EditedMessage, UpdateType.CallbackQuery];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var offset = 0;
        var backoff = new Backoff(TimeSpan.FromSeconds(1), MaxBackoff);
        var deleted = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!deleted)
                {
                    await client.DeleteWebhook(cancellationToken: stoppingToken);
                    deleted = true;
                }

                var updates = await client.GetUpdates(offset, timeout: options.Value.PollingTimeoutSeconds, allowedUpdates: AllowedUpdates, cancellationToken: stoppingToken);
                var stuck = false;
                foreach (var update in updates)
                {
                    if (!await handler.HandleAsync(update, stoppingToken))
                    {
                        stuck = true; // nothing committed: keep the offset, so the same update comes again
                        break;
                    }

                    offset = update.Id + 1;
                }

                if (stuck)
                {
                    logger.LogWarning("Telegram update could not be committed; trying it again in {Wait}", backoff.Current);
                    await Backoff.DelayAsync(backoff.Current, timeProvider, stoppingToken);
                    backoff.Grow();
                    continue;
                }

                backoff.Reset();
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                var wait = ex is ApiRequestException { Parameters.RetryAfter: { } retryAfter } ? TimeSpan.FromSeconds(retryAfter) : backoff.Current;
                logger.LogWarning("Telegram polling failed ({Error}); trying again in {Wait}", ex.GetType().Name, wait);
                await Backoff.DelayAsync(wait, timeProvider, stoppingToken);
                backoff.Grow();
            }
        }
    }
}
