using Microsoft.AspNetCore.Http.Features;

namespace Jamsostek.Bot.Channels.WhatsApp;

/// <summary>
/// GET /webhooks/whatsapp: Meta's handshake (hub.challenge echoed when hub.verify_token matches, 403 otherwise).
/// POST: X-Hub-Signature-256 checked over the raw body in constant time (401, nothing stored), a signed body that
/// is not a webhook is a 400 (never a 500 Meta would redeliver for days), a batch is handled in order and answered
/// 200 only once committed (503 otherwise, so that Meta delivers it again).
/// </summary>
public static class WhatsAppWebhookEndpoint
{
    public const string Path = "/webhooks/whatsapp";
    private const int MaxBodyBytes = 1024 * 1024;

    public static IEndpointRouteBuilder MapWhatsAppWebhook(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, Verify);
        app.MapPost(Path, HandleAsync).DisableAntiforgery();
        return app;
    }

    private static IResult Verify(HttpContext context, WhatsAppSignature signature)
    {
        var query = context.Request.Query;
        return query["hub.mode"] == "subscribe" && signature.IsVerifyToken(query["hub.verify_token"]) && query["hub.challenge"].ToString() is { Length: > 0 } challenge
            ? Results.Text(challenge, "text/plain")
            : Results.StatusCode(StatusCodes.Status403Forbidden);
    }

    private static async Task<IResult> HandleAsync(
        HttpContext context, WhatsAppSignature signature, WhatsAppInboundHandler handler, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(WhatsAppWebhookEndpoint));
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBodyBytes;
        }

        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, cancellationToken);
        var body = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        if (!signature.IsAuthentic(body.Span, context.Request.Headers["X-Hub-Signature-256"]))
        {
            logger.LogWarning("WhatsApp webhook refused: wrong or missing signature");
            context.RequestServices.GetService<Observability.BotMetrics>()?.WebhookRefused(WhatsAppChannel.Name);
            return Results.Unauthorized();
        }

        if (!WhatsAppWebhookBody.TryParse(body.Span, out var batch, out var error))
        {
            logger.LogWarning("WhatsApp webhook body refused: {Error}", error);
            return Results.BadRequest();
        }

        if (!await handler.HandleAsync(batch!, cancellationToken))
        {
            logger.LogWarning("WhatsApp webhook batch could not be committed; answered 503 for redelivery");
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        return Results.Ok();
    }
}
