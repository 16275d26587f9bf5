using System.Text.Json.Nodes;
using Jamsostek.Bot.Outbox;

namespace Jamsostek.Bot.Channels.WhatsApp;

/// <summary>One Graph API message: the body of POST /{phone-number-id}/messages without "messaging_product" and "to".</summary>
public sealed record WhatsAppPart(string Type, JsonObject Payload) : OutboxPart;
