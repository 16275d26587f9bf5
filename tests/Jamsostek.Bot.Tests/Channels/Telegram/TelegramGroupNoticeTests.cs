using Jamsostek.Bot.Channels.Telegram;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Jamsostek.Bot.Tests.Channels.Telegram;

/// <summary>A group never registers anyone: it gets one note a day to continue in a private chat, and nothing it sends is read.</summary>
public sealed class TelegramGroupNoticeTests
{
    private const long GroupId = -1001234567890;

    [Theory]
    [InlineData("group")]
    [InlineData("supergroup")]
    public async Task HandleAsync_OneNoteWithLinkAndNothingRead_WhenAGroupWritesRegistrationData(string chatType)
    {
        await using var api = await FakeBotApiServer.StartAsync();
        using var temp = new TempDatabase();
        await using var bot = await TelegramBotHost.StartAsync(api, temp.DbPath, TelegramMode.Webhook);
        var updates = new[]
        {
            GroupJson("\"text\":\"/start@jamsostek_test_bot\",\"entities\":[{\"offset\":0,\"length\":25,\"type\":\"bot_command\"}]", 1, chatType),
            GroupJson("\"text\":\"daftar\"", 2, chatType),
            GroupJson("\"text\":\"6306055208900003\"", 3, chatType),
            GroupJson($"\"contact\":{{\"phone_number\":\"+6281234567890\",\"first_name\":\"Siti\",\"user_id\":{TelegramTestUpdates.UserId}}}", 4, chatType),
        };

        foreach (var json in updates)
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, (await bot.PostUpdateAsync(json)).StatusCode);
        }

        await Eventually.TrueAsync(() => api.CallsTo("sendMessage").Count > 0, "the group note");
        await WaitIdleAsync(bot);
        var sent = Assert.Single(api.CallsTo("sendMessage")).Json;
        Assert.Equal(GroupId, sent.GetProperty("chat_id").GetInt64());
        Assert.Equal(TelegramGroupNotice.TextFor("jamsostek_test_bot"), sent.GetProperty("text").GetString());
        Assert.Contains("https://t.me/jamsostek_test_bot", sent.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.False(await bot.QueryAsync(db => db.Conversations.AnyAsync()));
        Assert.False(await bot.QueryAsync(db => db.Participants.AnyAsync()));
        Assert.False(await bot.QueryAsync(db => db.SignUps.AnyAsync()));
    }

    [Fact]
    public async Task HandleAsync_PrivateChatStillRegisters_AfterTheGroupNote()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        using var temp = new TempDatabase();
        await using var bot = await TelegramBotHost.StartAsync(api, temp.DbPath, TelegramMode.Polling);
        api.EnqueueUpdate(GroupJson("\"text\":\"/start\"", 10));
        await Eventually.TrueAsync(() => api.CallsTo("sendMessage").Count == 1, "the group note");

        api.EnqueueUpdate(TelegramTestUpdates.TextJson("/start", 11));

        await Eventually.TrueAsync(() => api.CallsTo("sendMessage").Count == 2, "the private greeting");
        Assert.Equal(TelegramTestUpdates.ChatId, api.CallsTo("sendMessage")[1].Json.GetProperty("chat_id").GetInt64());
        Assert.True(await bot.QueryAsync(db => db.Conversations.AnyAsync()));
    }

    [Fact]
    public async Task QueueAsync_OneNoteAWibDay_WhenTheGroupKeepsWriting()
    {
        using var temp = new TempDatabase();
        using var host = await BotServices.StartAsync(temp.DbPath);
        await using var api = await FakeBotApiServer.StartAsync();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 5, 1, 16, 0, 0, TimeSpan.Zero)); // 23.00 WIB
        var notice = NewNotice(host, api, time, botUsername: "@bpu_bot");
        var group = GroupId.ToString(System.Globalization.CultureInfo.InvariantCulture);

        Assert.True(await notice.QueueAsync(group, default));
        time.Advance(TimeSpan.FromMinutes(30));
        Assert.True(await notice.QueueAsync(group, default)); // 23.30 WIB: same day
        time.Advance(TimeSpan.FromMinutes(45));
        Assert.True(await notice.QueueAsync(group, default)); // 00.15 WIB: the next day

        await using var db = host.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContext();
        var texts = await db.OutboxMessages.Where(m => m.ChatId == group).Select(m => m.Text).ToListAsync();
        Assert.Equal(2, texts.Count);
        Assert.All(texts, t => Assert.Contains("https://t.me/bpu_bot ", t, StringComparison.Ordinal));
        Assert.Empty(api.CallsTo("getMe")); // the setting is enough
    }

    [Fact]
    public void TextFor_NoLink_WhenTheUsernameIsUnknown()
    {
        Assert.Equal(TelegramGroupNotice.Text, TelegramGroupNotice.TextFor(null));
        Assert.DoesNotContain("t.me", TelegramGroupNotice.TextFor(null), StringComparison.Ordinal);
    }

    private static TelegramGroupNotice NewNotice(IHost host, FakeBotApiServer api, TimeProvider time, string? botUsername)
    {
        var options = Microsoft.Extensions.Options.Options.Create(new TelegramOptions { BotUsername = botUsername });
        var identity = new TelegramBotIdentity(api.CreateClient(), options, NullLogger<TelegramBotIdentity>.Instance);
        return new TelegramGroupNotice(
            host.Services.GetRequiredService<IDbContextFactory<BotDbContext>>(), identity, time, NullLogger<TelegramGroupNotice>.Instance);
    }

    private static async Task WaitIdleAsync(TelegramBotHost bot) =>
        await Eventually.TrueAsync(
            async () => !await bot.QueryAsync(db => db.OutboxMessages.AnyAsync(m => m.SentAt == null && m.AbandonedAt == null)),
            "every reply sent");

    private static string GroupJson(string fields, long updateId, string chatType = "supergroup") =>
        $$$"""
        {"update_id":{{{updateId}}},"message":{"message_id":{{{updateId + 300}}},"date":1767225600,
         "chat":{"id":{{{GroupId}}},"type":"{{{chatType}}}","title":"Pedagang Pasar Baru"},
         "from":{"id":{{{TelegramTestUpdates.UserId}}},"is_bot":false,"first_name":"Siti","language_code":"id"},{{{fields}}}}}
        """;
}
