using Jamsostek.Bot.Channels.Telegram;
using Jamsostek.Bot.Tests.TestSupport;
using Jamsostek.Dialogs.Engine;
using Microsoft.Extensions.Time.Testing;
using Telegram.Bot;

namespace Jamsostek.Bot.Tests.Channels.Telegram;

/// <summary>The fake speaks enough Bot API for the real client: polling, webhook set-up, identity.</summary>
public sealed class FakeBotApiServerTests : IAsyncLifetime
{
    private FakeBotApiServer server = null!;
    private TelegramBotClient client = null!;

    public async Task InitializeAsync()
    {
        server = await FakeBotApiServer.StartAsync();
        client = server.CreateClient();
    }

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task GetUpdates_QueuedUpdatesThenNoneAfterOffset_WhenPolling()
    {
        server.EnqueueUpdate(TelegramTestUpdates.TextJson("halo", updateId: 10));
        server.EnqueueUpdate(TelegramTestUpdates.CallbackJson("ya", updateId: 11));

        var first = await client.GetUpdates(offset: 0, timeout: 1);
        var mapper = new TelegramUpdateMapper();

        Assert.Equal([10, 11], first.Select(u => u.Id));
        Assert.Equal(InputKind.Text, mapper.Map(first[0])!.Input.Kind);
        Assert.Equal("ya", mapper.Map(first[1])!.Input.ChoiceId);
        Assert.Equal([11], (await client.GetUpdates(offset: 11, timeout: 1)).Select(u => u.Id));
        Assert.Empty(await client.GetUpdates(offset: 12, timeout: 1));
    }

    [Fact]
    public async Task GetUpdates_ReturnsEarly_WhenUpdateArrivesDuringLongPoll()
    {
        // The fake's clock never moves: the long poll cannot time out, so only the update can end it.
        await using var stopped = await FakeBotApiServer.StartAsync(new FakeTimeProvider());
        var poll = stopped.CreateClient().GetUpdates(offset: 0, timeout: 30);
        await stopped.LongPollWaiting;

        stopped.EnqueueUpdate(TelegramTestUpdates.TextJson("daftar", updateId: 20));

        Assert.Equal(20, Assert.Single(await poll).Id);
    }

    [Fact]
    public async Task SetWebhook_RecordsUrlAndSecret_WhenCalledByTheRealClient()
    {
        var me = await client.GetMe();
        await client.SetWebhook("https://bot.example.id/telegram/webhook", secretToken: "abc_DEF-123", dropPendingUpdates: false);
        await client.DeleteWebhook();

        Assert.Equal("jamsostek_test_bot", me.Username);
        var setWebhook = Assert.Single(server.CallsTo("setWebhook")).Json;
        Assert.Equal("https://bot.example.id/telegram/webhook", setWebhook.GetProperty("url").GetString());
        Assert.Equal("abc_DEF-123", setWebhook.GetProperty("secret_token").GetString());
        Assert.Equal(["getMe", "setWebhook", "deleteWebhook"], server.Calls.Select(c => c.Method));
    }

    [Fact]
    public async Task Calls_AreAllRecorded_WhenSentConcurrently()
    {
        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => client.SendMessage(424242, $"pesan {i}")));

        Assert.Equal(20, server.CallsTo("sendMessage").Select(c => c.Json.GetProperty("text").GetString()).Distinct().Count());
    }
}
