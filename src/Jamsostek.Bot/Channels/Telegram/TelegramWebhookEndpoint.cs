using Jamsostek.Bot.Shared;
using Microsoft.AspNetCore.Http.Features;

namespace Jamsostek.Bot.Channels.Telegram;

/// <summary>
/// POST /webhooks/telegram: secret checked in constant time (401, nothing stored), malformed JSON is a
/// 400 and a log line (never a 500 that Telegram would redeliver forever), a good update is handled in
/// its chat's order and answered 200 (503 when nothing could be committed, so that Telegram redelivers it); a pressed
/// button's acknowledgement goes in the 200's body (Telegram:AcknowledgeInWebhookResponse).
/// </summary>
public static class TelegramWebhookEndpoint
{
    public const string Path = "/webhooks/telegram";
    private const int MaxBodyBytes = 1024 * 1024;

    public static IEndpointRouteBuilder MapTelegramWebhook(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, HandleAsync).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> HandleAsync(
        HttpContext context,
        TelegramWebhookAuthenticator authenticator,
        TelegramUpdateHandler handler,
        TelegramIntakeGate intake,
        Microsoft.Extensions.Options.IOptions<TelegramOptions> options,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(TelegramWebhookEndpoint));
        if (!authenticator.IsAuthentic(context.Request))
        {
            logger.LogWarning("Telegram webhook refused: wrong or missing secret token");
            context.RequestServices.GetService<Observability.BotMetrics>()?.WebhookRefused(ChannelNames.Telegram);
            return Results.Unauthorized();
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBodyBytes;
        }

        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, cancellationToken);
        if (!TelegramWebhookBody.TryParse(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), out var update, out var error))
        {
            logger.LogWarning("Telegram webhook body refused: {Error}", error);
            return Results.BadRequest();
        }

        // A crowd waits here in arrival order, each post holding only its parsed update, instead of all running at once.
        using var slot = await intake.EnterAsync(cancellationToken);
        var window = TimeSpan.FromMilliseconds(options.Value.OrderingWindowMilliseconds);
        var outcome = await handler.HandleAsync(update!, window, options.Value.AcknowledgeInWebhookResponse, cancellationToken);
        if (!outcome.Committed)
        {
            // Nothing was stored (database down): a 503 makes Telegram deliver the update again later.
            logger.LogWarning("Telegram update could not be committed; answered 503 for redelivery");
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        return outcome.CallbackQueryToAcknowledge is { } callbackId
            ? Results.Text(AcknowledgementJson(callbackId), "application/json", System.Text.Encoding.UTF8)
            : Results.Ok();
    }

    // Telegram runs a Bot API method given in the webhook's response: one HTTP call fewer per pressed button.
    internal static string AcknowledgementJson(string callbackQueryId) =>
        "{\"method\":\"answerCallbackQuery\",\"callback_query_id\":" + System.Text.Json.JsonSerializer.Serialize(callbackQueryId) + "}";
}
