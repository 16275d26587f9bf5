using Jamsostek.Bot.Channels.Telegram;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Jamsostek.Bot.Tests.Channels.Telegram;

public sealed class TelegramOptionsValidatorTests
{
    private static TelegramOptions Webhook(string? secret = "abc_DEF-123", string? url = "https://bot.example.id/telegram/webhook") =>
        new() { BotToken = "123456:ABC-def_1", Mode = TelegramMode.Webhook, WebhookUrl = url, WebhookSecret = secret };

    private static bool Valid(TelegramOptions options) => new TelegramOptionsValidator().Validate(null, options).Succeeded;

    [Fact]
    public void Validate_Succeeds_WhenChannelIsOff()
    {
        Assert.True(Valid(new TelegramOptions { Mode = TelegramMode.Webhook }));
        Assert.False(new TelegramOptions().IsEnabled);
    }

    [Fact]
    public void Validate_Succeeds_WhenWebhookIsComplete()
    {
        Assert.True(Valid(Webhook()));
        Assert.True(Valid(Webhook(secret: new string('a', 256))));
        Assert.True(Valid(new TelegramOptions { BotToken = "1:x" }));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("bad!char")]
    public void Validate_Fails_WhenWebhookSecretIsMissingOrInvalid(string? secret)
    {
        Assert.False(Valid(Webhook(secret: secret)));
    }

    [Fact]
    public void Validate_Fails_WhenWebhookSecretIsLongerThan256()
    {
        Assert.False(Valid(Webhook(secret: new string('a', 257))));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("bot.example.id/hook")]
    public void Validate_Fails_WhenWebhookUrlIsMissingOrRelative(string? url)
    {
        Assert.False(Valid(Webhook(url: url)));
    }

    [Fact]
    public void Validate_Fails_WhenTokenOrRatesAreWrong()
    {
        Assert.False(Valid(new TelegramOptions { BotToken = "not-a-token" }));
        Assert.False(Valid(new TelegramOptions { BotToken = "1:x", GlobalMessagesPerSecond = 0 }));
        Assert.False(Valid(new TelegramOptions { BotToken = "1:x", PerChatMessagesPerSecond = -1 }));
        Assert.False(Valid(new TelegramOptions { BotToken = "1:x", ApiBaseUrl = "ftp://x" }));
    }

    public static TheoryData<string, TelegramOptions> BadNumbers => new()
    {
        { "MaxSendAttempts", new TelegramOptions { BotToken = "1:x", MaxSendAttempts = 0 } },
        { "OutboxPollSeconds", new TelegramOptions { BotToken = "1:x", OutboxPollSeconds = 0 } },
        { "PollingTimeoutSeconds", new TelegramOptions { BotToken = "1:x", PollingTimeoutSeconds = -1 } },
        { "GiveUpAfterHours", new TelegramOptions { BotToken = "1:x", GiveUpAfterHours = 0 } },
        { "OrderingWindowMilliseconds", new TelegramOptions { BotToken = "1:x", OrderingWindowMilliseconds = -5 } },
        { "OrderingWindowMilliseconds", new TelegramOptions { BotToken = "1:x", OrderingWindowMilliseconds = 60_000 } },
        { "RequestTimeoutSeconds", new TelegramOptions { BotToken = "1:x", RequestTimeoutSeconds = 0 } },
    };

    [Theory]
    [MemberData(nameof(BadNumbers))]
    public void Validate_FailsNamingTheSetting_WhenANumberIsOutOfRange(string setting, TelegramOptions options)
    {
        var result = new TelegramOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.Contains(setting, StringComparison.Ordinal));
    }

    [Fact]
    public void AddTelegramOptions_BindsSectionAndThrows_WhenWebhookHasNoSecret()
    {
        var good = Provider(new() { ["Telegram:BotToken"] = "1:x", ["Telegram:Mode"] = "Webhook", ["Telegram:WebhookUrl"] = "https://a.id/h", ["Telegram:WebhookSecret"] = "s" });
        Assert.Equal(TelegramMode.Webhook, good.GetRequiredService<IOptions<TelegramOptions>>().Value.Mode);

        var bad = Provider(new() { ["Telegram:BotToken"] = "1:x", ["Telegram:Mode"] = "Webhook" });
        var error = Assert.Throws<OptionsValidationException>(() => bad.GetRequiredService<IOptions<TelegramOptions>>().Value);
        Assert.Contains(error.Failures, f => f.Contains("WebhookSecret", StringComparison.Ordinal));
    }

    [Fact]
    public void IsTelegramEnabled_TrueOnlyWithToken_WhenReadFromConfiguration()
    {
        Assert.False(new ConfigurationBuilder().Build().IsTelegramEnabled());
        Assert.True(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Telegram:BotToken"] = "1:x" }).Build().IsTelegramEnabled());
    }

    private static ServiceProvider Provider(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddTelegramOptions();
        return services.BuildServiceProvider();
    }
}
