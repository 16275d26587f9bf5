using System.Text;
using System.Text.Json;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Jamsostek.Bot.Channels.Telegram;

/// <summary>Reads a webhook body into an <see cref="Update"/>; malformed input is an error, never an exception.</summary>
public static class TelegramWebhookBody
{
    public const int MaxBytes = 1024 * 1024;

    public static bool TryParse(ReadOnlySpan<byte> body, out Update? update, out string? error)
    {
        update = null;
        if (body.IsEmpty)
        {
            error = "empty body";
            return false;
        }

        if (body.Length > MaxBytes)
        {
            error = "body too large";
            return false;
        }

        try
        {
            update = JsonSerializer.Deserialize<Update>(body, JsonBotAPI.Options);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or ArgumentException or InvalidOperationException)
        {
            // The exception text may quote the body (personal data): report only where it broke.
            error = ex is JsonException json ? $"malformed JSON at line {json.LineNumber}, byte {json.BytePositionInLine}" : "unreadable update";
            return false;
        }

        if (update is null)
        {
            error = "no update in body";
            return false;
        }

        error = null;
        return true;
    }

    public static bool TryParse(string? body, out Update? update, out string? error) =>
        TryParse(Encoding.UTF8.GetBytes(body ?? string.Empty), out update, out error);
}
