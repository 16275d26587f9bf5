using System.Text.Json;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Jamsostek.Bot.Tests.Channels.Telegram;

/// <summary>
/// Bot API update JSON as Telegram sends it, and the same deserialized as the webhook would. Each update is a
/// new message or press unless told otherwise: message_id is 76 + update_id (77 for the default) and the
/// callback query id "cbq-" + (7 + update_id) ("cbq-9" for the default), as the bot dedupes on those.
/// </summary>
internal static class TelegramTestUpdates
{
    public const long ChatId = 424242;
    public const long UserId = 424242;

    public static string MessageJson(string fields, long updateId = 1, string updateField = "message", string chatType = "private", long? messageId = null) =>
        $$$"""
        {"update_id":{{{updateId}}},"{{{updateField}}}":{"message_id":{{{messageId ?? 76 + updateId}}},"date":1767225600,
         "chat":{"id":{{{ChatId}}},"type":"{{{chatType}}}","first_name":"Siti"},
         "from":{"id":{{{UserId}}},"is_bot":false,"first_name":"Siti","language_code":"id"},{{{fields}}}}}
        """;

    public static string TextJson(string text, long updateId = 1, long? messageId = null) =>
        MessageJson($"\"text\":{JsonSerializer.Serialize(text)}", updateId, messageId: messageId);

    public static string CallbackIdOf(long updateId) => $"cbq-{7 + updateId}";

    public static string CallbackJson(string data, long updateId = 2, string messageText = "Apakah Anda setuju?", int messageId = 55) =>
        $$$"""
        {"update_id":{{{updateId}}},"callback_query":{"id":"{{{CallbackIdOf(updateId)}}}","chat_instance":"ci-1",
         "from":{"id":{{{UserId}}},"is_bot":false,"first_name":"Siti"},
         "message":{"message_id":{{{messageId}}},"date":1767225600,"chat":{"id":{{{ChatId}}},"type":"private"},
           "from":{"id":123456,"is_bot":true,"first_name":"Jamsostek"},"text":{{{JsonSerializer.Serialize(messageText)}}},
           "reply_markup":{"inline_keyboard":[[{"text":"Ya, setuju","callback_data":"ya"},{"text":"Tidak","callback_data":"tidak"}]]}},
         "data":{{{JsonSerializer.Serialize(data)}}}}}
        """;

    public static Update Parse(string json) =>
        JsonSerializer.Deserialize<Update>(json, JsonBotAPI.Options) ?? throw new InvalidOperationException("no update");
}
