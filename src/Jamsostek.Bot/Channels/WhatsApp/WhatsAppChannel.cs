namespace Jamsostek.Bot.Channels.WhatsApp;

/// <summary>The channel's name in conversations and outbox rows, and the dedupe key of an inbound message.</summary>
public static class WhatsAppChannel
{
    public const string Name = "whatsapp";

    /// <summary>The ProcessedMessage key of an inbound message: Meta redelivers for days, always with the same wamid.</summary>
    public static string MessageKey(string wamid) => "wa:m:" + wamid;

    /// <summary>
    /// The id of the "use this number" button added where the flow asks for a phone (Telegram's contact button): the
    /// sender's number is the phone, so the person only confirms it.
    /// </summary>
    public const string OwnNumberChoice = "wa:nomor-ini";

    /// <summary>The sender's number ("6281234567890", as Meta gives it) in E.164.</summary>
    public static string Phone(string from) => "+" + from;
}
