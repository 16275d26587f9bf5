using Jamsostek.Bot.Outbox;
using Telegram.Bot.Types.ReplyMarkups;

namespace Jamsostek.Bot.Channels.Telegram;

/// <summary>
/// One sendMessage call: plain text (never a parse mode, so names with * _ [ &lt; &gt; &amp; cannot break
/// formatting), at most 4096 characters, and an optional keyboard.
/// </summary>
public sealed record TelegramOutgoingMessage(string Text, ReplyMarkup? ReplyMarkup = null) : OutboxPart;
