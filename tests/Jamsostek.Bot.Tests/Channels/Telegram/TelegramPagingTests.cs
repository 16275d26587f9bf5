using System.Globalization;
using Jamsostek.Bot.Channels.Telegram;
using Jamsostek.Bot.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Tests.Channels.Telegram;

public sealed class TelegramPagingTests
{
    [Fact]
    public async Task PageButton_ShowsNextChoicesInSameMessage_WhenListIsLong()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        using var temp = new TempDatabase();
        await using var bot = await TelegramBotHost.StartAsync(api, temp.DbPath, TelegramMode.Webhook);
        var updateId = 10;
        foreach (var answer in new[] { "daftar", "ya", "6306055208900003", "Siti Aminah", "12-08-1990", "ya", "ya" })
        {
            await bot.PostUpdateAsync(TelegramTestUpdates.TextJson(answer, ++updateId));
        }

        // Kab. Hulu Sungai Selatan has 11 districts: 8 on the first page, then "lainnya ›".
        await Eventually.TrueAsync(() => bot.QueryAsync(db => db.OutboxMessages.AnyAsync(m => m.ChoicesJson.Contains("Telaga Langsat") && m.SentAt != null)), "the district list sent");
        var sent = await bot.QueryAsync(db => db.OutboxMessages.OrderBy(m => m.Id).LastAsync());
        var keyboard = api.CallsTo("sendMessage")[^1].Json.GetProperty("reply_markup").GetProperty("inline_keyboard");
        var pageData = keyboard.EnumerateArray().SelectMany(r => r.EnumerateArray())
            .Select(b => b.GetProperty("callback_data").GetString()!)
            .Single(d => d.StartsWith("page:", StringComparison.Ordinal));

        await bot.PostUpdateAsync(TelegramTestUpdates.CallbackJson(pageData, ++updateId, "Kecamatan", int.Parse(sent.ExternalMessageId!, CultureInfo.InvariantCulture)));

        var edit = Assert.Single(api.CallsTo("editMessageReplyMarkup"));
        Assert.Equal(sent.ExternalMessageId, edit.Json.GetProperty("message_id").GetInt32().ToString(CultureInfo.InvariantCulture));
        Assert.Contains("Telaga Langsat", edit.Body, StringComparison.Ordinal);
        Assert.Single(api.CallsTo("answerCallbackQuery"));
        Assert.Equal("kecamatan", await bot.QueryAsync(db => db.Conversations.Select(c => c.StepId).SingleAsync()));
    }
}
