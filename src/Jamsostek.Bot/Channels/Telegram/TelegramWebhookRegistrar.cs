using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace Jamsostek.Bot.Channels.Telegram;

/// <summary>Webhook mode: tells Telegram where to post, with the secret and the update kinds we handle.</summary>
public sealed class TelegramWebhookRegistrar(ITelegramBotClient client, IOptions<TelegramOptions> options, ILogger<TelegramWebhookRegistrar> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await client.SetWebhook(
            settings.WebhookUrl!,
            secretToken: settings.WebhookSecret,
            allowedUpdates: TelegramPollingService.AllowedUpdates,
            cancellationToken: cancellationToken);
        logger.LogInformation("Telegram webhook registered");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
