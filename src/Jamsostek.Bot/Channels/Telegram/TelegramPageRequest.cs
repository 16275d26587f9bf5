namespace Jamsostek.Bot.Channels.Telegram;

/// <summary>
/// A press on "lainnya ›" / "‹ sebelumnya": not a turn, only the keyboard of message
/// <see cref="MessageId"/> is re-rendered at <see cref="Page"/> (0-based) and the callback answered.
/// <see cref="ChoicesFingerprint"/> identifies the choice list the keyboard was built from
/// (see <see cref="TelegramRenderer.Fingerprint"/>): re-render only if the list found for that message matches.
/// </summary>
public sealed record TelegramPageRequest(
    string ChatId,
    int MessageId,
    string CallbackQueryId,
    int Page,
    string ChoicesFingerprint);
