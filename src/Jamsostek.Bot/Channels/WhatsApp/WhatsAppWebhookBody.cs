using System.Text.Json;
using System.Text.Json.Nodes;

namespace Jamsostek.Bot.Channels.WhatsApp;

/// <summary>
/// Reads a webhook body: entry[].changes[].value with messages[], statuses[] and errors[]. Anything that is not
/// that shape (not JSON, no entry array, a message without from or id) is malformed: the endpoint answers 400.
/// </summary>
public static class WhatsAppWebhookBody
{
    public static bool TryParse(ReadOnlySpan<byte> body, out WhatsAppWebhookBatch? batch, out string? error)
    {
        batch = null;
        try
        {
            var root = JsonNode.Parse(body);
            if (root is not JsonObject { } obj || obj["entry"] is not JsonArray entries)
            {
                error = "no entry array";
                return false;
            }

            var messages = new List<WhatsAppInbound>();
            var statuses = new List<WhatsAppStatus>();
            var errors = new List<string>();
            foreach (var value in entries.Select(e => e?["changes"]).OfType<JsonArray>().SelectMany(c => c).Select(c => c?["value"]).OfType<JsonObject>())
            {
                foreach (var message in value["messages"] as JsonArray ?? [])
                {
                    messages.Add(ReadMessage(message as JsonObject ?? throw new FormatException("message is not an object")));
                }

                foreach (var status in value["statuses"] as JsonArray ?? [])
                {
                    var (code, title) = WhatsAppErrors.Read((status?["errors"] as JsonArray)?.FirstOrDefault());
                    statuses.Add(new WhatsAppStatus(
                        Text(status, "id") ?? throw new FormatException("status without id"),
                        Text(status, "status") ?? "unknown",
                        code,
                        code is null ? null : title));
                }

                foreach (var failure in value["errors"] as JsonArray ?? [])
                {
                    var (code, title) = WhatsAppErrors.Read(failure);
                    errors.Add($"{code}: {title}");
                }
            }

            batch = new WhatsAppWebhookBatch(messages, statuses, errors);
            error = null;
            return true;
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException)
        {
            error = ex.GetType().Name;
            return false;
        }
    }

    private static WhatsAppInbound ReadMessage(JsonObject message)
    {
        var from = Text(message, "from") ?? throw new FormatException("message without from");
        var id = Text(message, "id") ?? throw new FormatException("message without id");
        var type = Text(message, "type") ?? "unknown";
        var context = Text(message["context"], "id");
        return type switch
        {
            "text" => new(from, id, type, Text(message["text"], "body") ?? string.Empty, null, null, context),
            "interactive" when message["interactive"]?["button_reply"] is { } button =>
                new(from, id, type, null, Text(button, "id"), Text(button, "title"), context),
            "interactive" when message["interactive"]?["list_reply"] is { } row =>
                new(from, id, type, null, Text(row, "id"), Text(row, "title"), context),
            "button" => new(from, id, type, Text(message["button"], "text") ?? string.Empty, null, null, context), // a template's quick reply
            _ => new(from, id, type, null, null, null, context),
        };
    }

    private static string? Text(JsonNode? node, string name) =>
        node?[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
