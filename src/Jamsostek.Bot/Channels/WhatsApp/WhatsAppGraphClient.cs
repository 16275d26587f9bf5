using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Jamsostek.Bot.Outbox;
using Microsoft.Extensions.Options;

namespace Jamsostek.Bot.Channels.WhatsApp;

/// <summary>
/// The Graph API's messages endpoint as a typed HttpClient: POST {ApiBaseUrl}/{PhoneNumberId}/messages with the
/// Bearer token. Never throws for an API or network failure (that is a <see cref="SendOutcome"/>, sorted by
/// <see cref="WhatsAppErrors"/>); only the caller's cancellation escapes. Logs no text, token or phone number.
/// </summary>
public sealed class WhatsAppGraphClient(IHttpClientFactory httpFactory, IOptions<WhatsAppOptions> options, ILogger<WhatsAppGraphClient> logger)
{
    public async Task<SendOutcome> SendAsync(string to, WhatsAppPart part, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var body = part.Payload.DeepClone().AsObject();
        body["messaging_product"] = "whatsapp";
        body["recipient_type"] = "individual";
        body["to"] = to;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"{settings.ApiBaseUrl.TrimEnd('/')}/{settings.PhoneNumberId}/messages"))
        {
            Content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.AccessToken);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(TimeSpan.FromSeconds(settings.RequestTimeoutSeconds));
        try
        {
            var http = httpFactory.CreateClient(nameof(WhatsAppGraphClient));
            using var response = await http.SendAsync(request, limit.Token);
            var json = await response.Content.ReadAsStringAsync(limit.Token);
            var outcome = response.IsSuccessStatusCode ? Accepted(json) : WhatsAppErrors.Classify(response.StatusCode, json);
            if (!outcome.IsSent)
            {
                logger.LogWarning("WhatsApp send ({Type}) failed: {Kind} {Reason}", part.Type, outcome.Kind, outcome.Reason);
            }

            return outcome;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var reason = ex is OperationCanceledException or TimeoutException ? "timeout" : ex.GetType().Name;
            logger.LogWarning("WhatsApp send ({Type}) failed: {Reason}", part.Type, reason);
            return SendOutcome.Transient(reason);
        }
    }

    private static SendOutcome Accepted(string json)
    {
        try
        {
            var id = JsonNode.Parse(json)?["messages"]?[0]?["id"]?.GetValue<string>();
            return id is null ? SendOutcome.Transient("accepted without a message id") : SendOutcome.Sent(id);
        }
        catch (JsonException)
        {
            return SendOutcome.Transient("unreadable answer");
        }
    }
}
