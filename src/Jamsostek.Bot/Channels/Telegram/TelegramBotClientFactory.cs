using Telegram.Bot;

namespace Jamsostek.Bot.Channels.Telegram;

/// <summary>
/// Builds the real client: ApiBaseUrl (null = public Bot API) and RetryThreshold = 0, so the library
/// never sleeps on a 429 itself; the outbox paces and retries.
/// </summary>
public static class TelegramBotClientFactory
{
    public static TelegramBotClient Create(TelegramOptions options, HttpClient? httpClient = null)
    {
        if (!options.IsEnabled)
        {
            throw new InvalidOperationException("Telegram:BotToken is not set; the Telegram channel is off.");
        }

        var clientOptions = new TelegramBotClientOptions(options.BotToken!, string.IsNullOrWhiteSpace(options.ApiBaseUrl) ? null : options.ApiBaseUrl)
        {
            RetryThreshold = 0,
        };
        return new TelegramBotClient(clientOptions, httpClient);
    }
}
