using System.Globalization;
using System.Net;
using Jamsostek.Bot.Channels.Telegram;
using Jamsostek.Bot.Outbox;
using Jamsostek.Bot.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Tests.Channels.Telegram;

/// <summary>Pressed buttons: only the latest keyboard counts, every press is answered, the echo shows the label.</summary>
public sealed class TelegramCallbackTests
{
    [Fact]
    public async Task Callback_RefusedWithNoticeAndNothingChanged_WhenButtonIsFromAnOlderKeyboard()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        using var temp = new TempDatabase();
        await using var bot = await TelegramBotHost.StartAsync(api, temp.DbPath, TelegramMode.Webhook);
        await bot.AnswerAsync("daftar", 11);
        var consentMessage = await bot.CurrentKeyboardMessageIdAsync();
        var updateId = 11L;
        foreach (var answer in new[] { "ya", "6306055208900003", "Siti Aminah", "12-08-1990" })
        {
            await bot.AnswerAsync(answer, ++updateId);
        }

        var stepBefore = await bot.QueryAsync(db => db.Conversations.Select(c => c.StepId).SingleAsync());
        var outboxBefore = await bot.QueryAsync(db => db.OutboxMessages.CountAsync());

        var response = await bot.PostUpdateAsync(TelegramTestUpdates.CallbackJson("ya", ++updateId, messageId: consentMessage));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answered = Assert.Single(api.CallsTo("answerCallbackQuery")).Json;
        Assert.Equal(TelegramUpdateHandler.StaleChoiceNotice, answered.GetProperty("text").GetString());
        Assert.Empty(api.CallsTo("editMessageText"));
        Assert.Equal(stepBefore, await bot.QueryAsync(db => db.Conversations.Select(c => c.StepId).SingleAsync()));
        Assert.Equal(outboxBefore, await bot.QueryAsync(db => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task Callback_Accepted_WhenPressedBeforeTheKeyboardsSendWasRecorded()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        using var temp = new TempDatabase();
        await using var bot = await TelegramBotHost.StartAsync(api, temp.DbPath, TelegramMode.Webhook);
        await bot.AnswerAsync("daftar", 51);
        var keyboard = await bot.CurrentKeyboardMessageIdAsync();
        // As if the press overtook the "sent" mark: the row is still held by its sender, nothing recorded yet.
        await bot.QueryAsync(db => db.OutboxMessages.Where(m => m.ExternalMessageId == keyboard.ToString(System.Globalization.CultureInfo.InvariantCulture)).ExecuteUpdateAsync(u => u
            .SetProperty(m => m.SentAt, (DateTimeOffset?)null)
            .SetProperty(m => m.ExternalMessageId, (string?)null)
            .SetProperty(m => m.ClaimedBy, "sender-in-flight")
            .SetProperty(m => m.ClaimedUntil, DateTimeOffset.UtcNow.AddHours(1))));

        var response = await bot.PostUpdateAsync(TelegramTestUpdates.CallbackJson("ya", 52, messageId: keyboard));

        Assert.Equal(TelegramWebhookEndpoint.AcknowledgementJson(TelegramTestUpdates.CallbackIdOf(52)), await response.Content.ReadAsStringAsync());
        Assert.Empty(api.CallsTo("answerCallbackQuery")); // acknowledged in the webhook's response, no call of its own
        Assert.Empty(api.CallsTo("editMessageReplyMarkup"));
        Assert.Equal("nik", await bot.QueryAsync(db => db.Conversations.Select(c => c.StepId).SingleAsync()));
    }

    [Fact]
    public async Task Callback_RefusedAndButtonsTakenDown_WhenPersonAnsweredThatQuestionByTyping()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        using var temp = new TempDatabase();
        await using var bot = await TelegramBotHost.StartAsync(api, temp.DbPath, TelegramMode.Webhook);
        await bot.AnswerAsync("daftar", 41);
        var consentMessage = await bot.CurrentKeyboardMessageIdAsync();
        await bot.AnswerAsync("ya", 42); // typed: the consent buttons stay on screen, the NIK question (no buttons) follows
        Assert.Equal("nik", await bot.QueryAsync(db => db.Conversations.Select(c => c.StepId).SingleAsync()));

        await bot.PostUpdateAsync(TelegramTestUpdates.CallbackJson("tidak", 43, messageId: consentMessage));

        Assert.Equal(TelegramUpdateHandler.StaleChoiceNotice, Assert.Single(api.CallsTo("answerCallbackQuery")).Json.GetProperty("text").GetString());
        var takenDown = Assert.Single(api.CallsTo("editMessageReplyMarkup")).Json;
        Assert.Equal(consentMessage, takenDown.GetProperty("message_id").GetInt32());
        Assert.False(takenDown.TryGetProperty("reply_markup", out _));
        Assert.Equal("nik", await bot.QueryAsync(db => db.Conversations.Select(c => c.StepId).SingleAsync()));
        Assert.Equal(0, await bot.QueryAsync(db => db.ProcessedMessages.CountAsync(m => m.MessageId == "tg:cb:" + TelegramTestUpdates.CallbackIdOf(43))));
    }

    [Fact]
    public async Task Callback_EchoesTheButtonsLabel_WhenButtonCarriesAPositionAndEchoIsOn()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        using var temp = new TempDatabase();
        await using var bot = await TelegramBotHost.StartAsync(api, temp.DbPath, TelegramMode.Webhook,
            settings: new Dictionary<string, string?> { ["Telegram:EchoPressedButton"] = "true" });
        await bot.AnswerAsync("daftar", 21);
        var keyboard = await bot.CurrentKeyboardMessageIdAsync();
        var firstLabel = OutboxChoices.Deserialize(await bot.QueryAsync(db => db.OutboxMessages.Where(m => m.ExternalMessageId == keyboard.ToString(CultureInfo.InvariantCulture)).Select(m => m.ChoicesJson).SingleAsync()))[0].Label;

        await bot.PostUpdateAsync(TelegramTestUpdates.CallbackJson("#1", 22, "Setuju?", keyboard));

        var edit = Assert.Single(api.CallsTo("editMessageText")).Json;
        Assert.Equal(keyboard, edit.GetProperty("message_id").GetInt32());
        Assert.EndsWith(TelegramRenderer.EchoArrow + firstLabel, edit.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Single(api.CallsTo("answerCallbackQuery"));
        Assert.Equal("nik", await bot.QueryAsync(db => db.Conversations.Select(c => c.StepId).SingleAsync()));
    }

    [Fact]
    public async Task Callback_AnsweredWithoutATurn_WhenItComesFromAGroupChat()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        using var temp = new TempDatabase();
        await using var bot = await TelegramBotHost.StartAsync(api, temp.DbPath, TelegramMode.Webhook);
        var groupPress = TelegramTestUpdates.CallbackJson("ya", 31).Replace("\"type\":\"private\"", "\"type\":\"group\"", StringComparison.Ordinal);

        var response = await bot.PostUpdateAsync(groupPress);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var acknowledged = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("answerCallbackQuery", acknowledged.RootElement.GetProperty("method").GetString());
        Assert.Equal(TelegramTestUpdates.CallbackIdOf(31), acknowledged.RootElement.GetProperty("callback_query_id").GetString());
        Assert.Empty(api.CallsTo("answerCallbackQuery"));
        Assert.Equal(0, await bot.QueryAsync(db => db.ProcessedMessages.CountAsync()));
    }

    [Fact]
    public async Task Callback_AnsweredByACall_WhenAcknowledgingInTheWebhookResponseIsOff()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        using var temp = new TempDatabase();
        await using var bot = await TelegramBotHost.StartAsync(
            api, temp.DbPath, TelegramMode.Webhook, settings: new Dictionary<string, string?> { ["Telegram:AcknowledgeInWebhookResponse"] = "false" });
        await bot.AnswerAsync("daftar", 61);

        var response = await bot.PostUpdateAsync(TelegramTestUpdates.CallbackJson("ya", 62, messageId: await bot.CurrentKeyboardMessageIdAsync()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
        Assert.Equal(TelegramTestUpdates.CallbackIdOf(62), Assert.Single(api.CallsTo("answerCallbackQuery")).Json.GetProperty("callback_query_id").GetString());
        Assert.Equal("nik", await bot.QueryAsync(db => db.Conversations.Select(c => c.StepId).SingleAsync()));
    }
}
