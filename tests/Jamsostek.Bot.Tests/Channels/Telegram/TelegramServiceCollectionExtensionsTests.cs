using Jamsostek.Bot.Channels.Telegram;
using Jamsostek.Bot.Tests.TestSupport;
using Jamsostek.Bot.Outbox;
using Jamsostek.Dialogs.Engine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Telegram.Bot;

namespace Jamsostek.Bot.Tests.Channels.Telegram;

public sealed class TelegramServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddTelegramChannelParts_ResolvesWorkingSender_WhenTokenAndBaseUrlAreSet()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = FakeBotApiServer.Token,
            ["Telegram:ApiBaseUrl"] = server.BaseUrl,
        }).Build());
        await using var provider = services.AddTelegramChannelParts().BuildServiceProvider();

        var message = provider.GetRequiredService<TelegramRenderer>().Render(Reply.Plain("Halo")).Single();
        var outcome = await provider.GetRequiredService<TelegramSender>().SendAsync("7", message, default);

        Assert.True(outcome.IsSent);
        Assert.NotNull(provider.GetRequiredService<TelegramUpdateMapper>());
        Assert.Single(provider.GetServices<IOutboxTransport>(), t => t.Channel == TelegramUpdateHandler.Channel);
        Assert.NotNull(provider.GetRequiredService<TelegramWebhookAuthenticator>());
    }

    [Fact]
    public void Create_Throws_WhenNoTokenIsSet()
    {
        Assert.Throws<InvalidOperationException>(() => TelegramBotClientFactory.Create(new TelegramOptions()));
    }

    [Fact]
    public async Task Create_DoesNotRetry429_WhenRetryAfterIsShort()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        server.Script("getMe", FakeBotApiResponse.TooManyRequests(1));
        var client = TelegramBotClientFactory.Create(new TelegramOptions { BotToken = FakeBotApiServer.Token, ApiBaseUrl = server.BaseUrl });

        await Assert.ThrowsAsync<global::Telegram.Bot.Exceptions.ApiRequestException>(() => client.GetMe());

        Assert.Single(server.Calls);
    }
}
