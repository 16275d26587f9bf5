using System.Text.Json;

namespace Jamsostek.Bot.PerfFloor;

/// <summary>The part of a Telegram update the floor bot reads: a private text message or a button press.</summary>
public sealed record FloorInbound(long UpdateId, long ChatId, string? Text, string? CallbackId, string? CallbackData)
{
    public static FloorInbound? Parse(JsonElement update)
    {
        var updateId = update.GetProperty("update_id").GetInt64();
        if (update.TryGetProperty("message", out var message))
        {
            var text = message.TryGetProperty("text", out var t) ? t.GetString() : null;
            return new FloorInbound(updateId, message.GetProperty("chat").GetProperty("id").GetInt64(), text, null, null);
        }

        if (update.TryGetProperty("callback_query", out var query) && query.TryGetProperty("message", out var pressed))
        {
            return new FloorInbound(
                updateId,
                pressed.GetProperty("chat").GetProperty("id").GetInt64(),
                null,
                query.GetProperty("id").GetString(),
                query.TryGetProperty("data", out var d) ? d.GetString() : null);
        }

        return null;
    }
}
