using System.Net.Http.Headers;
using System.Text.Json;

namespace Jamsostek.Bot.PerfFloor;

/// <summary>sendMessage and answerCallbackQuery over one pooled HttpClient, the JSON written straight to bytes.</summary>
public sealed class FloorBotApi(HttpClient http)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    public async Task SendAsync(FloorOutgoing call, CancellationToken cancellationToken)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            if (call.CallbackId is { } id)
            {
                json.WriteString("callback_query_id", id);
            }
            else
            {
                json.WriteNumber("chat_id", call.ChatId);
                json.WriteString("text", call.Text);
                if (call.Buttons is { } buttons)
                {
                    WriteKeyboard(json, buttons);
                }
            }

            json.WriteEndObject();
        }

        using var content = new ReadOnlyMemoryContent(buffer.WrittenMemory);
        content.Headers.ContentType = Json;
        var method = call.CallbackId is null ? "sendMessage" : "answerCallbackQuery";
        using var response = await http.PostAsync(method, content, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    private static void WriteKeyboard(Utf8JsonWriter json, IReadOnlyList<string> buttons)
    {
        json.WriteStartObject("reply_markup");
        json.WriteStartArray("inline_keyboard");
        for (var i = 0; i < buttons.Count; i += 2)
        {
            json.WriteStartArray();
            for (var j = i; j < Math.Min(i + 2, buttons.Count); j++)
            {
                json.WriteStartObject();
                json.WriteString("text", buttons[j]);
                json.WriteString("callback_data", $"c:{j}");
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
