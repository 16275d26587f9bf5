using System.Net;
using Jamsostek.Bot.Channels.WhatsApp;
using Jamsostek.Bot.Tests.Channels.Telegram;
using Jamsostek.Bot.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Tests.Channels.WhatsApp;

/// <summary>The webhook's handshake, signature, malformed bodies, duplicates, batches, other message types and statuses.</summary>
public sealed class WhatsAppWebhookTests
{
    [Theory]
    [InlineData(WhatsAppBotHost.VerifyToken, HttpStatusCode.OK)]
    [InlineData("salah", HttpStatusCode.Forbidden)]
    public async Task Handshake_EchoesChallengeOnlyForTheVerifyToken(string token, HttpStatusCode expected)
    {
        await using var api = await FakeGraphApiServer.StartAsync();
        using var temp = new TempDatabase();
        await using var bot = await WhatsAppBotHost.StartAsync(api, temp.DbPath);

        var response = await bot.Http.GetAsync(new Uri($"{WhatsAppWebhookEndpoint.Path}?hub.mode=subscribe&hub.verify_token={token}&hub.challenge=1158201444", UriKind.Relative));

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.OK)
        {
            Assert.Equal("1158201444", await response.Content.ReadAsStringAsync());
        }
    }

    [Theory]
    [InlineData("sha256=0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("sha1=abc")]
    [InlineData("")]
    public async Task Post_Returns401AndStoresNothing_WhenSignatureIsWrong(string signature)
    {
        await using var api = await FakeGraphApiServer.StartAsync();
        using var temp = new TempDatabase();
        await using var bot = await WhatsAppBotHost.StartAsync(api, temp.DbPath);

        var response = await bot.PostAsync(WhatsAppTestWebhooks.Text("daftar", "wamid.x"), signature);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await bot.QueryAsync(db => db.ProcessedMessages.CountAsync()));
        Assert.Equal(0, await bot.QueryAsync(db => db.OutboxMessages.CountAsync()));
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"entry\":[{\"changes\":[{\"value\":{\"messages\":[{\"type\":\"text\"}]}}]}]}")]
    public async Task Post_Returns400_WhenSignedBodyIsMalformed(string body)
    {
        await using var api = await FakeGraphApiServer.StartAsync();
        using var temp = new TempDatabase();
        await using var bot = await WhatsAppBotHost.StartAsync(api, temp.DbPath);

        var response = await bot.PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await bot.QueryAsync(db => db.ProcessedMessages.CountAsync()));
    }

    [Fact]
    public async Task Post_RepliesOnce_WhenSameWamidDeliveredTwice()
    {
        await using var api = await FakeGraphApiServer.StartAsync();
        using var temp = new TempDatabase();
        await using var bot = await WhatsAppBotHost.StartAsync(api, temp.DbPath);
        var message = WhatsAppTestWebhooks.Text("daftar", "wamid.dup");

        await WhatsAppRegistrationTests.AnswerAsync(bot, api, message, "daftar");
        var sent = api.Messages.Count;
        Assert.Equal(HttpStatusCode.OK, (await bot.PostAsync(message)).StatusCode);
        await bot.OutboxSettledAsync();

        Assert.Equal(sent, api.Messages.Count);
        Assert.Equal(1, await bot.QueryAsync(db => db.ProcessedMessages.CountAsync(m => m.MessageId == "wa:m:wamid.dup")));
    }

    [Fact]
    public async Task Post_HandlesEveryMessageOfABatchInOrder_AndExplainsAPhoto()
    {
        await using var api = await FakeGraphApiServer.StartAsync();
        using var temp = new TempDatabase();
        await using var bot = await WhatsAppBotHost.StartAsync(api, temp.DbPath);

        var batch = WhatsAppTestWebhooks.Batch(WhatsAppTestWebhooks.Image("wamid.b1"), WhatsAppTestWebhooks.Text("daftar", "wamid.b2"));
        await WhatsAppRegistrationTests.AnswerAsync(bot, api, batch, "a photo, then daftar");

        var texts = api.Messages.Select(FakeGraphApiServer.TextOf).ToList();
        Assert.StartsWith("Maaf, saat ini kami hanya dapat membaca pesan teks", texts[0], StringComparison.Ordinal);
        Assert.Equal("persetujuan", await bot.QueryAsync(db => db.Conversations.Select(c => c.StepId).SingleAsync()));
    }

    [Fact]
    public async Task Post_RefusesKindly_WhenAButtonOfAnOlderQuestionIsPressed()
    {
        await using var api = await FakeGraphApiServer.StartAsync();
        using var temp = new TempDatabase();
        await using var bot = await WhatsAppBotHost.StartAsync(api, temp.DbPath);
        await WhatsAppRegistrationTests.AnswerAsync(bot, api, WhatsAppTestWebhooks.Text("daftar", "wamid.s1"), "daftar");

        await WhatsAppRegistrationTests.AnswerAsync(bot, api, WhatsAppTestWebhooks.Button("ya", "Ya", "wamid.s2", context: "wamid.lama"), "an old button");

        Assert.Equal("Pilihan ini sudah tidak berlaku. Silakan jawab pertanyaan terakhir.", FakeGraphApiServer.TextOf(api.Messages[^1]));
        Assert.Equal("persetujuan", await bot.QueryAsync(db => db.Conversations.Select(c => c.StepId).SingleAsync()));
    }

    [Fact]
    public async Task Post_RecordsDeliveryStatuses_OnTheRowTheyName()
    {
        await using var api = await FakeGraphApiServer.StartAsync();
        using var temp = new TempDatabase();
        await using var bot = await WhatsAppBotHost.StartAsync(api, temp.DbPath);
        await WhatsAppRegistrationTests.AnswerAsync(bot, api, WhatsAppTestWebhooks.Text("daftar", "wamid.t1"), "daftar");
        var wamid = await bot.QueryAsync(db => db.OutboxMessages.OrderBy(m => m.Id).Select(m => m.ExternalMessageId).FirstAsync());

        Assert.Equal(HttpStatusCode.OK, (await bot.PostAsync(WhatsAppTestWebhooks.Status(wamid!, "delivered"))).StatusCode);
        Assert.Equal("delivered", await bot.QueryAsync(db => db.OutboxMessages.Where(m => m.ExternalMessageId == wamid).Select(m => m.DeliveryStatus).SingleAsync()));

        Assert.Equal(HttpStatusCode.OK, (await bot.PostAsync(WhatsAppTestWebhooks.Status(wamid!, "failed", WhatsAppErrors.SpamLimit))).StatusCode);
        var failed = await bot.QueryAsync(db => db.OutboxMessages.SingleAsync(m => m.ExternalMessageId == wamid));
        Assert.Equal("failed", failed.DeliveryStatus);
        Assert.Contains("131048", failed.LastError, StringComparison.Ordinal);
    }
}
