using System.Diagnostics;
using System.Net;
using Jamsostek.Bot.Channels.Telegram;
using Jamsostek.Bot.Outbox;
using Jamsostek.Bot.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Jamsostek.Bot.Tests.Channels.Telegram;

/// <summary>The webhook's edge cases and the outbox's delivery guarantees, over real HTTP.</summary>
public sealed class TelegramDeliveryTests
{
    private static string Chat => TelegramTestUpdates.ChatId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("salah")]
    [InlineData(null)]
    public async Task Webhook_Returns401AndStoresNothing_WhenSecretWrongOrMissing(string? secret)
    {
        await using var api = await FakeBotApiServer.StartAsync();
        using var temp = new TempDatabase();
        await using var bot = await TelegramBotHost.StartAsync(api, temp.DbPath, TelegramMode.Webhook);

        var response = await bot.PostUpdateAsync(TelegramTestUpdates.TextJson("daftar"), secret);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await bot.QueryAsync(db => db.ProcessedMessages.CountAsync()));
        Assert.Equal(0, await bot.QueryAsync(db => db.OutboxMessages.CountAsync()));
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("")]
    [InlineData("[1,2,3]")]
    public async Task Webhook_Returns400_WhenBodyIsMalformed(string body)
    {
        await using var api = await FakeBotApiServer.StartAsync();
        using var temp = new TempDatabase();
        await using var bot = await TelegramBotHost.StartAsync(api, temp.DbPath, TelegramMode.Webhook);

        var response = await bot.PostUpdateAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await bot.QueryAsync(db => db.ProcessedMessages.CountAsync()));
    }

    [Fact]
    public async Task Webhook_RepliesOnce_WhenSameUpdateDeliveredTwice()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        using var temp = new TempDatabase();
        await using var bot = await TelegramBotHost.StartAsync(api, temp.DbPath, TelegramMode.Webhook);
        var update = TelegramTestUpdates.TextJson("daftar", updateId: 500);

        Assert.Equal(HttpStatusCode.OK, (await bot.PostUpdateAsync(update)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bot.PostUpdateAsync(update)).StatusCode);
        // "daftar" is answered with one message: the consent's intro and its question together.
        await Eventually.TrueAsync(() => api.CallsTo("sendMessage").Count >= 1, "the reply");
        await bot.OutboxSettledAsync();

        Assert.Single(api.CallsTo("sendMessage"));
        Assert.Equal(1, await bot.QueryAsync(db => db.OutboxMessages.CountAsync()));
        Assert.Equal("persetujuan", await bot.QueryAsync(db => db.Conversations.Select(c => c.StepId).SingleAsync()));
    }

    [Fact]
    public async Task Webhook_HandlesUpdatesOfOneChatInOrder_WhenPostedInParallel()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        using var temp = new TempDatabase();
        // A generous window: on a slow machine the three posts may arrive far apart.
        await using var bot = await TelegramBotHost.StartAsync(api, temp.DbPath, TelegramMode.Webhook,
            settings: new Dictionary<string, string?> { ["Telegram:OrderingWindowMilliseconds"] = "1000" });

        // Only this order reaches "nama": daftar, then consent, then the NIK.
        var posts = new[] { ("daftar", 701), ("ya", 702), ("6306055208900003", 703) }
            .Reverse()
            .Select(u => bot.PostUpdateAsync(TelegramTestUpdates.TextJson(u.Item1, u.Item2)));
        var responses = await Task.WhenAll(posts);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal("nama", await bot.QueryAsync(db => db.Conversations.Select(c => c.StepId).SingleAsync()));
    }

    [Fact]
    public async Task Outbox_SendsOnceAfterRetryAfter_WhenTelegramAnswers429()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        api.Script("sendMessage", FakeBotApiResponse.TooManyRequests(1));
        using var temp = new TempDatabase();
        await using var bot = await TelegramBotHost.StartAsync(api, temp.DbPath, TelegramMode.Webhook);
        var clock = Stopwatch.StartNew();

        await bot.PostUpdateAsync(TelegramTestUpdates.TextJson("daftar", 800));
        await Eventually.TrueAsync(() => bot.QueryAsync(db => db.OutboxMessages.AllAsync(m => m.SentAt != null)), "the reply sent");

        // "daftar" is answered with one message (the consent's intro and question together): one 429, then sent once.
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(1), $"sent after {clock.Elapsed}, before retry_after");
        Assert.Equal(2, api.CallsTo("sendMessage").Count);
        Assert.Equal(1, await bot.QueryAsync(db => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task Outbox_MarksChatUnreachableWithoutRetry_WhenBotIsBlocked()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        api.Script("sendMessage", FakeBotApiResponse.Blocked());
        using var temp = new TempDatabase();
        await using var bot = await TelegramBotHost.StartAsync(api, temp.DbPath, TelegramMode.Webhook);

        await bot.PostUpdateAsync(TelegramTestUpdates.TextJson("daftar", 900));
        await Eventually.TrueAsync(() => bot.QueryAsync(db => db.Participants.AnyAsync(p => p.Unreachable)), "the chat marked unreachable");
        await bot.OutboxSettledAsync();

        // The reply (intro and question in one message) meets the block and is dropped, never retried.
        Assert.Single(api.CallsTo("sendMessage"));
        var rows = await bot.QueryAsync(db => db.OutboxMessages.ToListAsync());
        Assert.Single(rows);
        Assert.All(rows, row => Assert.NotNull(row.AbandonedAt));
        Assert.All(rows, row => Assert.Null(row.SentAt));
    }

    [Fact]
    public async Task Outbox_SendsUnsentRowsOnceAfterRestart_WhenProcessStoppedBeforeSending()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        using var temp = new TempDatabase();
        var now = DateTimeOffset.UtcNow;
        await using (var bot = await TelegramBotHost.StartAsync(api, temp.DbPath, TelegramMode.Webhook, db =>
        {
            db.OutboxMessages.Add(new OutboxMessage { Channel = "telegram", ChatId = Chat, Text = "Pesan pertama", CreatedAt = now });
            db.OutboxMessages.Add(new OutboxMessage { Channel = "telegram", ChatId = Chat, Text = "Pesan kedua", CreatedAt = now });
        }))
        {
            await Eventually.TrueAsync(() => api.CallsTo("sendMessage").Count == 2, "both rows sent");
        }

        await using (var restarted = await TelegramBotHost.StartAsync(api, temp.DbPath, TelegramMode.Webhook))
        {
            // Two whole passes over the outbox after the restart: it has looked, and found nothing to send.
            var dispatcher = restarted.Services.GetServices<IHostedService>().OfType<OutboxDispatcher>().Single();
            await Eventually.TrueAsync(() => dispatcher.CompletedPasses >= 2, "two dispatcher passes after the restart");
        }

        var texts = api.CallsTo("sendMessage").Select(c => c.Json.GetProperty("text").GetString()).ToList();
        Assert.Equal(["Pesan pertama", "Pesan kedua"], texts);
    }

    [Fact]
    public async Task Webhook_RegistersWithRetryAndAllowedUpdates_WhenSetWebhookFailsFirst()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        api.Script("setWebhook", FakeBotApiResponse.ServerError());
        using var temp = new TempDatabase();
        await using var bot = await TelegramBotHost.StartAsync(api, temp.DbPath, TelegramMode.Webhook);

        await Eventually.TrueAsync(() => api.CallsTo("setWebhook").Count == 2, "setWebhook tried again");

        var call = api.CallsTo("setWebhook")[1].Json;
        Assert.Equal("https://bot.example.test/webhooks/telegram", call.GetProperty("url").GetString());
        Assert.Equal(TelegramBotHost.Secret, call.GetProperty("secret_token").GetString());
        Assert.Equal(["message", "edited_message", "callback_query"], call.GetProperty("allowed_updates").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(HttpStatusCode.OK, (await bot.PostUpdateAsync(TelegramTestUpdates.TextJson("daftar", 950))).StatusCode);
    }

    [Fact]
    public async Task Polling_BacksOffAndCarriesOn_WhenGetUpdatesFails()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        api.Script("getUpdates", FakeBotApiResponse.ServerError(), FakeBotApiResponse.ServerError());
        using var temp = new TempDatabase();
        await using var bot = await TelegramBotHost.StartAsync(api, temp.DbPath, TelegramMode.Polling);

        api.EnqueueUpdate(TelegramTestUpdates.TextJson("daftar", 1000));
        await Eventually.TrueAsync(() => api.CallsTo("sendMessage").Count == 1, "the reply (intro and question, one message) after two failed polls", TimeSpan.FromSeconds(20));

        // 1 s then 2 s of backoff: two failures never turn into a tight loop of requests.
        Assert.InRange(api.CallsTo("getUpdates").Count, 3, 6);
        Assert.Equal("persetujuan", await bot.QueryAsync(db => db.Conversations.Select(c => c.StepId).SingleAsync()));
    }
}
