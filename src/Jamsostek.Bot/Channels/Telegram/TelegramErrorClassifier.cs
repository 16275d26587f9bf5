using System.Net;
using Jamsostek.Bot.Outbox;
using Telegram.Bot.Exceptions;

namespace Jamsostek.Bot.Channels.Telegram;

/// <summary>Sorts a failed Bot API call into retry-after, transient, unreachable or rejected.</summary>
internal static class TelegramErrorClassifier
{
    public static SendOutcome Classify(Exception exception) => exception switch
    {
        ApiRequestException api => ClassifyApi(api),
        RequestException { HttpStatusCode: { } status } when (int)status >= 500 || status == HttpStatusCode.RequestTimeout =>
            SendOutcome.Transient($"HTTP {(int)status}"),
        RequestException { HttpStatusCode: { } status } when (int)status == 429 => SendOutcome.Wait(TimeSpan.FromSeconds(1), "HTTP 429"),
        RequestException { HttpStatusCode: { } status } => SendOutcome.Rejected($"HTTP {(int)status}"),
        RequestException request => SendOutcome.Transient(Describe(request.InnerException ?? request)),
        HttpRequestException or IOException or TimeoutException or OperationCanceledException => SendOutcome.Transient(Describe(exception)),
        _ => SendOutcome.Transient(Describe(exception)),
    };

    private static SendOutcome ClassifyApi(ApiRequestException api)
    {
        var description = api.Message;
        if (api.ErrorCode == 429)
        {
            var seconds = api.Parameters?.RetryAfter ?? 1;
            return SendOutcome.Wait(TimeSpan.FromSeconds(Math.Max(1, seconds)), description);
        }

        if (api.ErrorCode >= 500)
        {
            return SendOutcome.Transient(description);
        }

        if (api.ErrorCode == 403
            || (api.ErrorCode == 400 && description.Contains("chat not found", StringComparison.OrdinalIgnoreCase))
            || description.Contains("user is deactivated", StringComparison.OrdinalIgnoreCase)
            || description.Contains("bot was blocked", StringComparison.OrdinalIgnoreCase))
        {
            return SendOutcome.Unreachable(description);
        }

        return api.ErrorCode is >= 400 and < 500
            ? SendOutcome.Rejected(description)
            : SendOutcome.Transient(description);
    }

    // Type names only: some exception messages carry the request address, which holds the token.
    private static string Describe(Exception exception) =>
        exception is TaskCanceledException or OperationCanceledException or TimeoutException
            ? "timeout"
            : exception.GetType().Name;
}
