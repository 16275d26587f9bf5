namespace Jamsostek.Bot.PerfFloor;

/// <summary>One Bot API call: a message (with inline buttons "c:0", "c:1"... two a row) or a press acknowledged.</summary>
public sealed record FloorOutgoing(long ChatId, string? Text, IReadOnlyList<string>? Buttons, string? CallbackId)
{
    public static FloorOutgoing Message(long chatId, string text, params string[] buttons) =>
        new(chatId, text, buttons.Length == 0 ? null : buttons, null);

    public static FloorOutgoing Acknowledge(long chatId, string callbackId) => new(chatId, null, null, callbackId);
}
