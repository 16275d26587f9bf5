namespace Jamsostek.Bot.Channels.WhatsApp;

/// <summary>
/// One message from a person, as the webhook carries it. <see cref="Type"/> is Meta's (text, interactive, image…);
/// a button or list press has <see cref="ChoiceId"/> (the engine's choice id) and <see cref="ContextId"/> (the
/// wamid of the message whose button was pressed).
/// </summary>
public sealed record WhatsAppInbound(string From, string Wamid, string Type, string? Text, string? ChoiceId, string? ChoiceTitle, string? ContextId);

/// <summary>A delivery status of a message the bot sent (sent, delivered, read, failed) with Meta's error, if any.</summary>
public sealed record WhatsAppStatus(string Wamid, string Status, int? ErrorCode, string? ErrorTitle);

/// <summary>Everything one webhook POST carried, over all its entries and changes, in order.</summary>
public sealed record WhatsAppWebhookBatch(IReadOnlyList<WhatsAppInbound> Messages, IReadOnlyList<WhatsAppStatus> Statuses, IReadOnlyList<string> Errors);
