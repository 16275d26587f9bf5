using System.Globalization;
using Jamsostek.Bot.Channels.Telegram;
using Jamsostek.Bot.Conversations;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.Handoffs;
using Jamsostek.Bot.Officers;
using Jamsostek.Bot.Officers.Handoffs;
using Jamsostek.Bot.Outbox;
using Jamsostek.Bot.SignUps;
using Jamsostek.Bot.Tests.Channels.Telegram;
using Jamsostek.Bot.Tests.Officers;
using Jamsostek.Bot.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Jamsostek.Bot.SignUps.Decisions;

namespace Jamsostek.Bot.Tests.Outbox;

/// <summary>
/// Committed outbox rows wake the idle dispatcher, whoever wrote them (a turn, an officer's decision or
/// handoff reply); the poll interval is only the fallback. Every host test sets it to an hour.
/// </summary>
public sealed class OutboxSignalTests
{
    private static readonly OfficerScope Rina = new("rina", false, ["63.06"]);
    private static readonly string WorkerChat = TelegramTestUpdates.ChatId.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task WaitAsync_Returns_WhenPokedBeforeTheTimeout()
    {
        using var signal = new OutboxSignal();
        var time = new FakeTimeProvider();
        var waiting = signal.WaitAsync(TimeSpan.FromHours(1), time, default);
        Assert.False(waiting.IsCompleted);

        signal.Poke();
        signal.Poke(); // a second poke while the first is unconsumed is the same wake-up

        await waiting.WaitAsync(TimeSpan.FromSeconds(30));
        var next = signal.WaitAsync(TimeSpan.FromHours(1), time, default);
        Assert.False(next.IsCompleted);
        time.Advance(TimeSpan.FromHours(1));
        await next.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task HandleAsync_SendsReplyWithoutWaitingForThePoll_WhenTurnCommits()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        using var temp = new TempDatabase();
        await using var bot = await StartIdleAsync(api, temp);

        await bot.AnswerAsync("/start", 1);
        await bot.AnswerAsync("daftar", 2);

        Assert.Equal(2, api.CallsTo("sendMessage").Count); // the menu, then the consent's intro and question in one message
    }

    [Fact]
    public async Task ApproveAsync_SendsTheNoticeWithoutWaitingForThePoll_WhenTheDecisionCommits()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        using var temp = new TempDatabase();
        await using var bot = await StartIdleAsync(api, temp, db => db.SignUps.Add(PendingSignUp()));

        var result = await bot.Services.GetRequiredService<SignUpDecisions>().ApproveAsync(1, "12345678901", Rina);

        Assert.True(result.Succeeded, result.Error);
        await Eventually.TrueAsync(() => api.CallsTo("sendMessage").Count == 2, "the approval notice sent (KPJ, then how to pay)");
        var sent = api.CallsTo("sendMessage")[0].Json;
        Assert.Equal(TelegramTestUpdates.ChatId, sent.GetProperty("chat_id").GetInt64());
        Assert.Contains("12345678901", sent.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReplyAsync_SendsTheOfficersReplyWithoutWaitingForThePoll_WhenTheReplyCommits()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        using var temp = new TempDatabase();
        await using var bot = await StartIdleAsync(api, temp, db =>
        {
            db.Participants.Add(new Participant { Channel = TelegramUpdateHandler.Channel, ChatId = WorkerChat, RegencyCode = "63.06" });
            db.HandoffRequests.Add(new HandoffRequest { Channel = TelegramUpdateHandler.Channel, ChatId = WorkerChat, Question = "Kapan kartu saya jadi?" });
        });

        var result = await bot.Services.GetRequiredService<HandoffInbox>().ReplyAsync(1, "Kartu Anda sedang diproses.", close: false, Rina);

        Assert.Equal(HandoffResult.Done, result);
        await Eventually.TrueAsync(() => api.CallsTo("sendMessage").Count == 1, "the officer's reply sent");
        Assert.Contains("Kartu Anda sedang diproses.", api.CallsTo("sendMessage").Single().Json.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    // The real host over webhook with an hour's outbox poll, the officers' services added, after the
    // dispatcher's first (empty) pass: from now on only a poke makes it look again within the test.
    private static async Task<TelegramBotHost> StartIdleAsync(FakeBotApiServer api, TempDatabase temp, Action<BotDbContext>? seed = null)
    {
        var bot = await TelegramBotHost.StartAsync(
            api,
            temp.DbPath,
            TelegramMode.Webhook,
            seed,
            settings: new Dictionary<string, string?> { ["Telegram:OutboxPollSeconds"] = "3600" },
            configure: services => services.AddOfficerAccounts().AddSignUps());
        var dispatcher = bot.Services.GetServices<IHostedService>().OfType<OutboxDispatcher>().Single();
        await Eventually.TrueAsync(() => dispatcher.CompletedPasses > 0, "the first pass");
        return bot;
    }

    private static SignUp PendingSignUp()
    {
        var signUp = SignUpSeed.Make(1, DateTimeOffset.UtcNow.AddDays(-1));
        signUp.ChatId = WorkerChat;
        return signUp;
    }
}
