using System.Text.Json;
using Jamsostek.Dialogs.Engine;

namespace Jamsostek.Bot.Outbox;

/// <summary>The JSON form of a reply's choices in <see cref="OutboxMessage.ChoicesJson"/>: [{"id":"…","label":"…"}].</summary>
public static class OutboxChoices
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Serialize(IReadOnlyList<ReplyChoice> choices) => JsonSerializer.Serialize(choices, Json);

    public static IReadOnlyList<ReplyChoice> Deserialize(string json) =>
        JsonSerializer.Deserialize<List<ReplyChoice>>(json, Json) ?? [];

    public static Reply ToReply(OutboxMessage message) =>
        new(message.Text, Deserialize(message.ChoicesJson), message.RequestContact);

    public static OutboxMessage ToOutbox(Reply reply, string channel, string chatId, string? turnMessageId, DateTimeOffset now) => new()
    {
        Channel = channel,
        ChatId = chatId,
        Text = reply.Text,
        ChoicesJson = Serialize(reply.Choices),
        RequestContact = reply.RequestContact,
        CreatedAt = now,
        TurnMessageId = turnMessageId,
    };
}
