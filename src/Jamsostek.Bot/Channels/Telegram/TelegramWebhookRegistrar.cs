using Jamsostek.Bot.Hosting;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace Jamsostek.Bot.Channels.Telegram;

/// <summary>
/// Webhook mode: tells Telegram where to post, with the secret and the update kinds we handle. Telegram
/// being unreachable at start-up must not stop the host (the outbox and the officer console still work):
/// setWebhook is tried again with backoff (1 s doubling to 5 minutes) until it succeeds.
/// </summary>
public sealed class TelegramWebhookRegistrar(
    ITelegramBotClient client,
    IOptions<TelegramOptions> options,
    TimeProvider timeProvider,
    ILogger<TelegramWebhookRegistrar> logger) : BackgroundService
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var backoff = new Backoff(TimeSpan.FromSeconds(1), MaxBackoff);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await client.SetWebhook(
                    settings.WebhookUrl!,
                    secretToken: settings.WebhookSecret,
                    allowedUpdates: TelegramPollingService.AllowedUpdates,
                    cancellationToken: stoppingToken);
                logger.LogInformation("Telegram webhook registered");
                return;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning("Telegram setWebhook failed ({Reason}); trying again in {Wait}", TelegramErrorClassifier.Classify(ex).Reason, backoff.Current);
                await Backoff.DelayAsync(backoff.Current, timeProvider, stoppingToken);
                backoff.Grow();
            }
        }
    }
}
