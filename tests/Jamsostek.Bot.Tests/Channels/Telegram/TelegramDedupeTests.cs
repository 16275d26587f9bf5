using System.Net;
using Jamsostek.Bot.Channels.Telegram;
using Jamsostek.Bot.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Tests.Channels.Telegram;

/// <summary>
/// Telegram may restart its update_id sequence (after a week without updates): a message is known by its chat
/// and message id, a button press by its callback query id, so a new message is never taken for an old one.
/// </summary>
public sealed class TelegramDedupeTests
{
    [Fact]
    public async Task Webhook_HandlesNewMessage_WhenItsUpdateIdRepeatsAnOldOne()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        using var temp = new TempDatabase();
        await using var bot = await TelegramBotHost.StartAsync(api, temp.DbPath, TelegramMode.Webhook);
        await bot.PostUpdateAsync(TelegramTestUpdates.TextJson("daftar", updateId: 900, messageId: 10));
        Assert.Equal("persetujuan", await bot.QueryAsync(db => db.Conversations.Select(c => c.StepId).SingleAsync()));

        // The sequence restarted: update 900 again, but a new message (11) in the chat.
        var response = await bot.PostUpdateAsync(TelegramTestUpdates.TextJson("ya", updateId: 900, messageId: 11));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("nik", await bot.QueryAsync(db => db.Conversations.Select(c => c.StepId).SingleAsync()));
        Assert.Equal(2, await bot.QueryAsync(db => db.ProcessedMessages.CountAsync()));
    }

    [Fact]
    public async Task Webhook_DropsRealDuplicate_WhenSameChatAndMessageIdComeUnderAnotherUpdateId()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        using var temp = new TempDatabase();
        await using var bot = await TelegramBotHost.StartAsync(api, temp.DbPath, TelegramMode.Webhook);
        await bot.PostUpdateAsync(TelegramTestUpdates.TextJson("daftar", updateId: 910, messageId: 20));
        await Eventually.TrueAsync(() => api.CallsTo("sendMessage").Count == 1, "the reply to daftar (intro and question, one message)");

        var again = await bot.PostUpdateAsync(TelegramTestUpdates.TextJson("daftar", updateId: 911, messageId: 20));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(1, await bot.QueryAsync(db => db.ProcessedMessages.CountAsync()));
        Assert.Equal(1, await bot.QueryAsync(db => db.OutboxMessages.CountAsync()));
        Assert.Equal("persetujuan", await bot.QueryAsync(db => db.Conversations.Select(c => c.StepId).SingleAsync()));
    }
}
