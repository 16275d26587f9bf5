using Jamsostek.Dialogs.Engine;

namespace Jamsostek.Bot.Conversations;

/// <summary>One message as the channel edge hands it to <see cref="TurnProcessor"/>.</summary>
/// <param name="MessageId">The channel's id of the message (Telegram chat and message id or callback query id, WhatsApp wamid, ...): the dedupe key.</param>
public sealed record InboundMessage(string Channel, string ChatId, string MessageId, InboundInput Input, DateTimeOffset ReceivedAt);
