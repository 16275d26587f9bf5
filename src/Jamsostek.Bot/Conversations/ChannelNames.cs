namespace Jamsostek.Bot.Conversations;

/// <summary>
/// The channel names stored with every chat's rows (participants, processed messages, outbox, sign-ups). Here,
/// not on a channel's handler, so that notices, dispatchers and reports name a channel without depending on it.
/// </summary>
public static class ChannelNames
{
    public const string Telegram = "telegram";

    public const string Terminal = "terminal";
}
