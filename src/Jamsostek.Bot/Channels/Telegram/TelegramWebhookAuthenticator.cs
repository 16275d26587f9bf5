using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Jamsostek.Bot.Channels.Telegram;

/// <summary>
/// Checks the X-Telegram-Bot-Api-Secret-Token header against Telegram:WebhookSecret in constant time.
/// Fails closed (no secret configured, header missing or wrong → false). Never logs either value.
/// </summary>
public sealed class TelegramWebhookAuthenticator(IOptions<TelegramOptions> options)
{
    public const string HeaderName = "X-Telegram-Bot-Api-Secret-Token";

    public bool IsAuthentic(HttpRequest request) =>
        IsAuthentic(request.Headers.TryGetValue(HeaderName, out var values) && values.Count == 1 ? values[0] : null);

    public bool IsAuthentic(string? headerValue)
    {
        var secret = options.Value.WebhookSecret;
        if (string.IsNullOrEmpty(secret) || string.IsNullOrEmpty(headerValue))
        {
            return false;
        }

        // FixedTimeEquals returns false at once for different lengths; the length of a secret of
        // at most 256 characters is not worth hiding, its content is.
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(headerValue), Encoding.UTF8.GetBytes(secret));
    }
}
