using Jamsostek.Bot.Channels.Telegram;
using Jamsostek.Bot.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Jamsostek.Bot.Tests.Channels.Telegram;

/// <summary>A committed turn wakes the idle dispatcher; the poll interval is only the fallback.</summary>
public sealed class TelegramOutboxSignalTests
{
    [Fact]
    public async Task WaitAsync_Returns_WhenPokedBeforeTheTimeout()
    {
        using var signal = new TelegramOutboxSignal();
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
        await using var bot = await TelegramBotHost.StartAsync(
            api, temp.DbPath, TelegramMode.Webhook, settings: new Dictionary<string, string?> { ["Telegram:OutboxPollSeconds"] = "3600" });

        // The dispatcher has looked once at start-up and now sleeps for an hour unless woken.
        var dispatcher = bot.Services.GetServices<IHostedService>().OfType<TelegramOutboxDispatcher>().Single();
        await Eventually.TrueAsync(() => dispatcher.CompletedPasses > 0, "the first pass");
        await bot.AnswerAsync("/start", 1);
        await bot.AnswerAsync("daftar", 2);

        Assert.Equal(3, api.CallsTo("sendMessage").Count); // the menu, then the consent's intro and question
    }
}
