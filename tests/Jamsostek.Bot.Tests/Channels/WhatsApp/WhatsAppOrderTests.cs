using System.Net;
using Jamsostek.Bot.Channels.WhatsApp;
using Jamsostek.Bot.Conversations;
using Jamsostek.Bot.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jamsostek.Bot.Tests.Channels.WhatsApp;

/// <summary>One chat's messages posted by Meta in parallel are handled one at a time, in the order they arrived.</summary>
public sealed class WhatsAppOrderTests
{
    [Fact]
    public async Task ParallelPosts_AreHandledInArrivalOrder_ForOneChat()
    {
        await using var api = await FakeGraphApiServer.StartAsync();
        using var temp = new TempDatabase();
        await using var bot = await WhatsAppBotHost.StartAsync(api, temp.DbPath);
        var locks = bot.Services.GetRequiredService<KeyedAsyncLock>();
        var key = WhatsAppInboundHandler.OrderKey(WhatsAppBotHost.Person);

        // The chat is busy (as with a message still being handled): both POSTs queue, "daftar" first, then "ya".
        Task<HttpResponseMessage> first, second;
        using (await locks.AcquireAsync(key))
        {
            first = bot.PostAsync(WhatsAppTestWebhooks.Text("daftar", "wamid.o1"));
            await Eventually.TrueAsync(() => locks.Queued(key) == 2, "'daftar' waiting for the chat");
            second = bot.PostAsync(WhatsAppTestWebhooks.Text("ya", "wamid.o2"));
            await Eventually.TrueAsync(() => locks.Queued(key) == 3, "'ya' waiting behind it");
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], (await Task.WhenAll(first, second)).Select(r => r.StatusCode));

        // "ya" answered the consent question "daftar" asked: the registration went on to the NIK.
        var step = await bot.QueryAsync(db => db.Conversations.Select(c => c.StepId).SingleAsync());
        Assert.Equal("nik", step);
        var turns = await bot.QueryAsync(db => db.ProcessedMessages.OrderBy(m => m.Id).Select(m => m.MessageId).ToListAsync());
        Assert.Equal(["wa:m:wamid.o1", "wa:m:wamid.o2"], turns);
    }
}
