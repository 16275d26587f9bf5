using System.Text.Json;

namespace Jamsostek.Bot.Tests.Channels.WhatsApp;

/// <summary>Webhook bodies as Meta sends them (entry[].changes[].value).</summary>
internal static class WhatsAppTestWebhooks
{
    public static string Text(string text, string wamid, string from = WhatsAppBotHost.Person) =>
        Wrap(Message(from, wamid, "text", $"\"text\":{{\"body\":{JsonSerializer.Serialize(text)}}}"));

    public static string Button(string id, string title, string wamid, string? context, string from = WhatsAppBotHost.Person) =>
        Wrap(Message(from, wamid, "interactive",
            $"\"interactive\":{{\"type\":\"button_reply\",\"button_reply\":{{\"id\":{JsonSerializer.Serialize(id)},\"title\":{JsonSerializer.Serialize(title)}}}}}" + Context(context)));

    public static string ListRow(string id, string title, string wamid, string? context, string from = WhatsAppBotHost.Person) =>
        Wrap(Message(from, wamid, "interactive",
            $"\"interactive\":{{\"type\":\"list_reply\",\"list_reply\":{{\"id\":{JsonSerializer.Serialize(id)},\"title\":{JsonSerializer.Serialize(title)}}}}}" + Context(context)));

    public static string Image(string wamid, string from = WhatsAppBotHost.Person) =>
        Wrap(Message(from, wamid, "image", "\"image\":{\"id\":\"media-1\",\"mime_type\":\"image/jpeg\"}"));

    public static string Status(string wamid, string status, int? errorCode = null) =>
        Value($"\"statuses\":[{{\"id\":\"{wamid}\",\"status\":\"{status}\",\"timestamp\":\"1777600000\",\"recipient_id\":\"{WhatsAppBotHost.Person}\""
            + (errorCode is { } code ? $",\"errors\":[{{\"code\":{code},\"title\":\"scripted failure\"}}]" : string.Empty) + "}]");

    /// <summary>Several changes in one POST, as Meta batches them.</summary>
    public static string Batch(params string[] bodies)
    {
        var changes = bodies.Select(b => JsonDocument.Parse(b).RootElement.GetProperty("entry")[0].GetProperty("changes")[0].GetRawText());
        return $"{{\"object\":\"whatsapp_business_account\",\"entry\":[{{\"id\":\"waba\",\"changes\":[{string.Join(',', changes)}]}}]}}";
    }

    private static string Message(string from, string wamid, string type, string content) =>
        $"\"contacts\":[{{\"profile\":{{\"name\":\"Siti\"}},\"wa_id\":\"{from}\"}}],\"messages\":[{{\"from\":\"{from}\",\"id\":\"{wamid}\",\"timestamp\":\"1777600000\",\"type\":\"{type}\",{content}}}]";

    private static string Context(string? context) => context is null ? string.Empty : $",\"context\":{{\"from\":\"15550001111\",\"id\":\"{context}\"}}";

    private static string Wrap(string message) => Value(message);

    private static string Value(string inner) =>
        "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"waba\",\"changes\":[{\"field\":\"messages\",\"value\":{\"messaging_product\":\"whatsapp\","
        + $"\"metadata\":{{\"display_phone_number\":\"15550001111\",\"phone_number_id\":\"{FakeGraphApiServer.PhoneNumberId}\"}},{inner}}}}}]}}]}}";
}
