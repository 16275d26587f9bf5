using Jamsostek.Dialogs.Engine;

namespace Jamsostek.Bot.Channels.Telegram;

/// <summary>
/// One Telegram update mapped for a turn. <see cref="MessageId"/> is the key for ProcessedMessage deduplication
/// (Telegram redelivers webhooks until it gets 200): "tg:m:" + chat id + message id for a message, "tg:cb:" + the
/// callback query id for a pressed button; never the update_id, whose sequence Telegram may restart.
/// For a pressed button, <see cref="CallbackQueryId"/> must be answered and <see cref="CallbackMessageId"/>
/// (with <see cref="CallbackMessageText"/>) lets the channel echo the choice into the original message;
/// <see cref="ButtonLabel"/> is the pressed button's text as the person saw it.
/// </summary>
public sealed record TelegramInbound(
    string ChatId,
    string MessageId,
    InboundInput Input,
    long? FromUserId,
    int? CallbackMessageId,
    string? CallbackQueryId,
    string? CallbackMessageText = null,
    string? ButtonLabel = null);
