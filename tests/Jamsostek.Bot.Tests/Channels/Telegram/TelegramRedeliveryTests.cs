using System.Net;
using Jamsostek.Bot.Channels.Telegram;
using Jamsostek.Bot.Conversations;
using Jamsostek.Bot.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Jamsostek.Bot.Tests.Channels.Telegram;

/// <summary>An update whose turn could not commit anything is not acknowledged, so Telegram brings it again.</summary>
public sealed class TelegramRedeliveryTests
{
    [Fact]
    public async Task Webhook_Answers503ThenHandlesRedelivery_WhenDatabaseIsDown()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        using var temp = new TempDatabase();
        var outage = new DatabaseOutage();
        await using var bot = await TelegramBotHost.StartAsync(api, temp.DbPath, TelegramMode.Webhook, configure: s => s.AddSingleton<IInterceptor>(outage));
        var update = TelegramTestUpdates.TextJson("daftar", updateId: 610);

        outage.Down = true;
        var down = await bot.PostUpdateAsync(update);
        outage.Down = false;
        var redelivered = await bot.PostUpdateAsync(update);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        Assert.Equal(HttpStatusCode.OK, redelivered.StatusCode);
        await Eventually.TrueAsync(() => api.CallsTo("sendMessage").Count == 1, "the reply (intro and question, one message) to the redelivered update");
        Assert.Equal("persetujuan", await bot.QueryAsync(db => db.Conversations.Select(c => c.StepId).SingleAsync()));
        Assert.Equal(1, await bot.QueryAsync(db => db.ProcessedMessages.CountAsync()));
    }

    [Fact]
    public async Task Webhook_Answers200_WhenTurnFailedButItsApologyCommitted()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        using var temp = new TempDatabase();
        var broken = new FakeEngine((_, _, _) => throw new InvalidOperationException("engine bug"));
        await using var bot = await TelegramBotHost.StartAsync(api, temp.DbPath, TelegramMode.Webhook, configure: s => s.AddSingleton<IConversationEngine>(broken));

        var response = await bot.PostUpdateAsync(TelegramTestUpdates.TextJson("daftar", updateId: 620));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Eventually.TrueAsync(() => api.CallsTo("sendMessage").Count == 1, "the apology");
        Assert.Equal(TurnProcessor.Apology, api.CallsTo("sendMessage")[0].Json.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Polling_KeepsOffsetAndRetriesSameUpdate_WhenDatabaseIsDown()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        using var temp = new TempDatabase();
        var outage = new DatabaseOutage();
        await using var bot = await TelegramBotHost.StartAsync(api, temp.DbPath, TelegramMode.Polling, configure: s => s.AddSingleton<IInterceptor>(outage));

        outage.Down = true;
        var pollsBefore = api.CallsTo("getUpdates").Count;
        api.EnqueueUpdate(TelegramTestUpdates.TextJson("daftar", 1300));
        await Eventually.TrueAsync(() => api.CallsTo("getUpdates").Count >= pollsBefore + 2, "the update polled again while the database is down");
        var whileDown = api.CallsTo("getUpdates");
        outage.Down = false;

        Assert.All(whileDown, c => Assert.True(!c.Json.TryGetProperty("offset", out var offset) || offset.GetInt64() <= 1300, "offset moved past the update"));
        Assert.Empty(api.CallsTo("sendMessage"));

        await Eventually.TrueAsync(() => api.CallsTo("sendMessage").Count == 1, "the reply (intro and question, one message) once the database is back", TimeSpan.FromSeconds(20));
        Assert.Equal("persetujuan", await bot.QueryAsync(db => db.Conversations.Select(c => c.StepId).SingleAsync()));
        Assert.Equal(1, await bot.QueryAsync(db => db.ProcessedMessages.CountAsync()));
    }
}
