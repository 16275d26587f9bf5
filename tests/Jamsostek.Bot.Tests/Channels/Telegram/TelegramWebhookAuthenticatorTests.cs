using Jamsostek.Bot.Channels.Telegram;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Jamsostek.Bot.Tests.Channels.Telegram;

public sealed class TelegramWebhookAuthenticatorTests
{
    private const string Secret = "s3cret_Token-42";

    private static TelegramWebhookAuthenticator Authenticator(string? secret = Secret) =>
        new(Options.Create(new TelegramOptions { BotToken = "1:a", Mode = TelegramMode.Webhook, WebhookSecret = secret }));

    [Theory]
    [InlineData(Secret, true)]
    [InlineData("s3cret_Token-43", false)]
    [InlineData("s3cret_Token-42x", false)]
    [InlineData("s3cret", false)]
    [InlineData("S3CRET_TOKEN-42", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsAuthentic_OnlyTrue_WhenHeaderEqualsSecret(string? header, bool expected)
    {
        Assert.Equal(expected, Authenticator().IsAuthentic(header));
    }

    [Fact]
    public void IsAuthentic_False_WhenNoSecretIsConfigured()
    {
        Assert.False(Authenticator(secret: null).IsAuthentic(""));
        Assert.False(Authenticator(secret: "").IsAuthentic(Secret));
    }

    [Fact]
    public void IsAuthentic_ReadsHeader_WhenGivenTheRequest()
    {
        var context = new DefaultHttpContext();
        Assert.False(Authenticator().IsAuthentic(context.Request));

        context.Request.Headers[TelegramWebhookAuthenticator.HeaderName] = Secret;
        Assert.True(Authenticator().IsAuthentic(context.Request));

        context.Request.Headers[TelegramWebhookAuthenticator.HeaderName] = new[] { Secret, Secret };
        Assert.False(Authenticator().IsAuthentic(context.Request));
    }
}
