namespace Jamsostek.Bot.Shared;

/// <summary>
/// The channel names stored with every chat's rows (participants, processed messages, outbox, sign-ups). Here,
/// not on a channel's handler, so that notices, dispatchers and reports name a channel without depending on it.
/// </summary>
public static class ChannelNames
{
    public const string Telegram = "telegram";

    public const string Terminal = "terminal";

    /// <summary>WhatsApp's chat id is the person's number in digits (wa_id), so a notice can reach a number nobody chatted from yet.</summary>
    public const string WhatsApp = "whatsapp";
}
