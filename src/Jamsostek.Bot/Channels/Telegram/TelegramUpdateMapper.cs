using System.Globalization;
using Jamsostek.Dialogs.Engine;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Jamsostek.Bot.Channels.Telegram;

/// <summary>
/// Maps a Telegram <see cref="Update"/> to a turn input (<see cref="Map"/>) or to a keyboard page
/// request (<see cref="MapPageRequest"/>). Edited messages (see <see cref="MapEdit"/>), channel posts, group chatter and
/// everything else the bot does not act on map to null. Only private chats count.
/// </summary>
public sealed class TelegramUpdateMapper
{
    public const string MessageIdPrefix = "tg:";

    public TelegramInbound? Map(Update update)
    {
        if (update.Message is { } message)
        {
            return MapMessage(update, message);
        }

        if (update.CallbackQuery is { Data: { Length: > 0 } data } query
            && query.Message is { Chat.Type: ChatType.Private } source)
        {
            if (TelegramCallbackData.TryParsePage(data, out _, out _))
            {
                return null;
            }

            var label = LabelOf(source, data);
            var input = TelegramCallbackData.TryParseIndex(data, out var position)
                ? new InboundInput(InputKind.Choice, Text: position.ToString(CultureInfo.InvariantCulture))
                : InboundInput.FromChoice(data, label);
            return new TelegramInbound(
                ChatIdOf(source.Chat.Id), CallbackKeyOf(query), input, query.From.Id, source.Id, query.Id, source.Text, label);
        }

        return null;
    }

    /// <summary>The chat and message of an edit in a private chat (the edit itself is never read as an answer).</summary>
    public static (string ChatId, int MessageId)? MapEdit(Update update) =>
        update.EditedMessage is { Chat.Type: ChatType.Private } edited ? (ChatIdOf(edited.Chat.Id), edited.Id) : null;

    /// <summary>
    /// The group (or supergroup) a person wrote to the bot in: it gets the private-chat note, and what was
    /// written is never read. Service messages other than the bot being added (members leaving, pins) are not.
    /// </summary>
    public static string? MapGroupMessage(Update update) =>
        update.Message is { Chat.Type: ChatType.Group or ChatType.Supergroup } message
        && message.From is not { IsBot: true }
        && (InputOf(message) is not null || message.Type == MessageType.NewChatMembers)
            ? ChatIdOf(message.Chat.Id)
            : null;

    public TelegramPageRequest? MapPageRequest(Update update) =>
        update.CallbackQuery is { Data: { } data, Message: { } source } query
        && TelegramCallbackData.TryParsePage(data, out var page, out var fingerprint)
            ? new TelegramPageRequest(ChatIdOf(source.Chat.Id), source.Id, query.Id, page, fingerprint)
            : null;

    public static string ChatIdOf(long chatId) => chatId.ToString(CultureInfo.InvariantCulture);

    private static TelegramInbound? MapMessage(Update update, Message message)
    {
        // Registration is personal: groups and channels never start a turn.
        var input = message.Chat.Type == ChatType.Private ? InputOf(message) : null;
        return input is null
            ? null
            : new TelegramInbound(ChatIdOf(message.Chat.Id), MessageKeyOf(message), input, message.From?.Id, null, null);
    }

    private static InboundInput? InputOf(Message message) => message.Type switch
    {
        MessageType.Text => TextInput(message.Text!),
        MessageType.Contact => new InboundInput(
            InputKind.Contact,
            Contact: new SharedContact(
                message.Contact!.PhoneNumber,
                IsSendersOwn: message.From is { } from && message.Contact.UserId == from.Id)),
        MessageType.Photo => new InboundInput(InputKind.Photo),
        MessageType.Sticker => new InboundInput(InputKind.Sticker),
        MessageType.Voice or MessageType.Audio or MessageType.Video or MessageType.VideoNote => new InboundInput(InputKind.Voice),
        MessageType.Location or MessageType.Venue => new InboundInput(InputKind.Location),
        MessageType.Document => new InboundInput(InputKind.Document),
        MessageType.Animation or MessageType.Poll or MessageType.Dice => new InboundInput(InputKind.Other),
        _ => null,
    };

    private static InboundInput TextInput(string text)
    {
        var trimmed = text.Trim();
        if (!IsStartCommand(trimmed, out var payload))
        {
            return InboundInput.FromText(text);
        }

        return new InboundInput(InputKind.Start, Text: trimmed, StartPayload: payload);
    }

    /// <summary>"/start", "/start@MyBot" and "/start payload" (a t.me/bot?start=payload deep link).</summary>
    private static bool IsStartCommand(string text, out string? payload)
    {
        payload = null;
        var space = text.IndexOfAny([' ', '\n', '\t']);
        var command = space < 0 ? text : text[..space];
        var at = command.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            command = command[..at];
        }

        if (!string.Equals(command, "/start", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var rest = space < 0 ? string.Empty : text[(space + 1)..].Trim();
        payload = rest.Length > 0 ? rest : null;
        return true;
    }

    private static string? LabelOf(Message source, string data) =>
        source.ReplyMarkup?.InlineKeyboard
            .SelectMany(row => row)
            .FirstOrDefault(b => b.CallbackData == data)?.Text;

    /// <summary>
    /// The dedupe key of a message: its chat and message id, which Telegram never reuses within a chat. Not the
    /// update_id: Telegram may restart that sequence after a week without updates, and a new message would then
    /// look like one handled before.
    /// </summary>
    public static string MessageKeyOf(Message message) =>
        $"{MessageIdPrefix}m:{ChatIdOf(message.Chat.Id)}:{message.Id.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The dedupe key of a pressed button: the callback query's own id, unique per press.</summary>
    public static string CallbackKeyOf(CallbackQuery query) => $"{MessageIdPrefix}cb:{query.Id}";
}
