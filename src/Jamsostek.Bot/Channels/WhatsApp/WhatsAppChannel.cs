namespace Jamsostek.Bot.Channels.WhatsApp;

/// <summary>The channel's name in conversations and outbox rows, and the dedupe key of an inbound message.</summary>
public static class WhatsAppChannel
{
    public const string Name = "whatsapp";

    /// <summary>The ProcessedMessage key of an inbound message: Meta redelivers for days, always with the same wamid.</summary>
    public static string MessageKey(string wamid) => "wa:m:" + wamid;
}
