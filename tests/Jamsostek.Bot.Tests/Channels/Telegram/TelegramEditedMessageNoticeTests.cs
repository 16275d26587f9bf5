using System.Text.Json;
using Jamsostek.Bot.Channels.Telegram;
using Jamsostek.Bot.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Tests.Channels.Telegram;

/// <summary>An edited message changes no answer and gets one note to send the correction as a new message.</summary>
public sealed class TelegramEditedMessageNoticeTests
{
    [Theory]
    [InlineData(TelegramMode.Webhook)]
    [InlineData(TelegramMode.Polling)]
    public async Task EditedMessage_OneNoteAndNoAnswerChanged_WhenPersonEditsTheirNikTwice(TelegramMode mode)
    {
        await using var api = await FakeBotApiServer.StartAsync();
        using var temp = new TempDatabase();
        await using var bot = await TelegramBotHost.StartAsync(api, temp.DbPath, mode);
        long updateId = 500;
        foreach (var text in new[] { "daftar", "ya", "6306055208900003" })
        {
            await SendAsync(bot, api, mode, TelegramTestUpdates.TextJson(text, ++updateId));
        }

        var stepBefore = await bot.QueryAsync(db => db.Conversations.Select(c => c.StepId).SingleAsync());
        var edit = TelegramTestUpdates.MessageJson("\"edit_date\":1767225700,\"text\":\"6306055208900004\"", ++updateId, updateField: "edited_message");
        await SendAsync(bot, api, mode, edit);
        await SendAsync(bot, api, mode, edit.Replace($"\"update_id\":{updateId}", $"\"update_id\":{++updateId}", StringComparison.Ordinal));
        await SendAsync(bot, api, mode, TelegramTestUpdates.TextJson("Siti Aminah", ++updateId)); // the conversation carries on

        var texts = api.CallsTo("sendMessage").Select(c => c.Json.GetProperty("text").GetString()).ToList();
        Assert.Single(texts, t => t == TelegramEditedMessageNotice.Text);
        Assert.Equal(TelegramEditedMessageNotice.Text, texts[^2]);
        Assert.Equal("nama", stepBefore);
        var draft = await bot.QueryAsync(db => db.Conversations.Select(c => c.SlotsJson).SingleAsync());
        Assert.Contains("6306055208900003", draft, StringComparison.Ordinal);
        Assert.DoesNotContain("6306055208900004", draft, StringComparison.Ordinal);
    }

    private static async Task SendAsync(TelegramBotHost bot, FakeBotApiServer api, TelegramMode mode, string json)
    {
        if (mode == TelegramMode.Webhook)
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, (await bot.PostUpdateAsync(json)).StatusCode);
        }
        else
        {
            // Polled and acknowledged: a later getUpdates asks for what comes after it.
            var id = JsonDocument.Parse(json).RootElement.GetProperty("update_id").GetInt64();
            api.EnqueueUpdate(json);
            await Eventually.TrueAsync(
                () => api.CallsTo("getUpdates").Any(c => c.Json.TryGetProperty("offset", out var offset) && offset.GetInt64() > id),
                $"update {id} acknowledged");
        }

        await Eventually.TrueAsync(
            async () => !await bot.QueryAsync(db => db.OutboxMessages.AnyAsync(m => m.SentAt == null && m.AbandonedAt == null)),
            "every reply sent");
    }
}
