using System.Text.Json;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;

namespace Jamsostek.Bot.PerfFloor;

/// <summary>
/// The <c>--telegram-bot</c> switch: the update read into Telegram.Bot's <see cref="Update"/> (its JSON options, as
/// Jamsostek.Bot reads it) and the calls made with its <see cref="TelegramBotClient"/>, to price that library apart.
/// </summary>
public sealed class FloorTelegramBot(TelegramBotClient client)
{
    public static FloorInbound? Parse(ReadOnlySpan<byte> body)
    {
        var update = JsonSerializer.Deserialize<Update>(body, JsonBotAPI.Options);
        if (update?.Message is { } message)
        {
            return new FloorInbound(update.Id, message.Chat.Id, message.Text, null, null);
        }

        if (update?.CallbackQuery is { Message: { } pressed } query)
        {
            return new FloorInbound(update.Id, pressed.Chat.Id, null, query.Id, query.Data);
        }

        return null;
    }

    public async Task SendAsync(FloorOutgoing call, CancellationToken cancellationToken)
    {
        if (call.CallbackId is { } id)
        {
            await client.AnswerCallbackQuery(id, cancellationToken: cancellationToken);
            return;
        }

        InlineKeyboardMarkup? keyboard = null;
        if (call.Buttons is { } buttons)
        {
            keyboard = new InlineKeyboardMarkup(buttons
                .Select((label, i) => (Button: InlineKeyboardButton.WithCallbackData(label, $"c:{i}"), Row: i / 2))
                .GroupBy(b => b.Row, b => b.Button));
        }

        await client.SendMessage(call.ChatId, call.Text!, replyMarkup: keyboard, cancellationToken: cancellationToken);
    }
}
