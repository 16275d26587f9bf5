using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Jamsostek.Bot.Channels.Telegram;

/// <summary>Checks the Telegram settings at start-up; nothing is checked while the channel is off.</summary>
public sealed partial class TelegramOptionsValidator : IValidateOptions<TelegramOptions>
{
    public ValidateOptionsResult Validate(string? name, TelegramOptions options)
    {
        if (!options.IsEnabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (!TokenPattern().IsMatch(options.BotToken!))
        {
            failures.Add("Telegram:BotToken must look like '123456:ABC-def_...'.");
        }

        if (options.ApiBaseUrl is { Length: > 0 } baseUrl && !IsHttpUrl(baseUrl))
        {
            failures.Add("Telegram:ApiBaseUrl must be an absolute http(s) address.");
        }

        if (options.Mode == TelegramMode.Webhook)
        {
            if (string.IsNullOrWhiteSpace(options.WebhookUrl) || !IsHttpUrl(options.WebhookUrl))
            {
                failures.Add("Telegram:WebhookUrl is required in Webhook mode and must be an absolute http(s) address.");
            }

            if (string.IsNullOrEmpty(options.WebhookSecret) || !SecretPattern().IsMatch(options.WebhookSecret))
            {
                failures.Add("Telegram:WebhookSecret is required in Webhook mode: 1-256 characters of A-Z, a-z, 0-9, _ and -.");
            }
        }

        if (!(options.GlobalMessagesPerSecond > 0))
        {
            failures.Add("Telegram:GlobalMessagesPerSecond must be greater than 0.");
        }

        if (!(options.PerChatMessagesPerSecond > 0))
        {
            failures.Add("Telegram:PerChatMessagesPerSecond must be greater than 0.");
        }

        if (options.PerChatBurst < 1)
        {
            failures.Add("Telegram:PerChatBurst must be at least 1.");
        }

        if (options.MaxSendAttempts < 1)
        {
            failures.Add("Telegram:MaxSendAttempts must be at least 1.");
        }

        if (!(options.OutboxPollSeconds > 0))
        {
            failures.Add("Telegram:OutboxPollSeconds must be greater than 0.");
        }

        if (options.PollingTimeoutSeconds < 1)
        {
            failures.Add("Telegram:PollingTimeoutSeconds must be at least 1.");
        }

        if (!(options.GiveUpAfterHours > 0))
        {
            failures.Add("Telegram:GiveUpAfterHours must be greater than 0.");
        }

        if (options.MaxUpdatesInProgress < 0)
        {
            failures.Add("Telegram:MaxUpdatesInProgress must be 0 (no limit) or more.");
        }

        if (options.OrderingWindowMilliseconds is < 0 or > 5000)
        {
            failures.Add("Telegram:OrderingWindowMilliseconds must be between 0 and 5000.");
        }

        if (options.RequestTimeoutSeconds < 1)
        {
            failures.Add("Telegram:RequestTimeoutSeconds must be at least 1.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    [GeneratedRegex("^[0-9]+:[A-Za-z0-9_-]+$")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretPattern();
}
