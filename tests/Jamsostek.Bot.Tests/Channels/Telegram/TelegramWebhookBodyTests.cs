using System.Text;
using Jamsostek.Bot.Channels.Telegram;

namespace Jamsostek.Bot.Tests.Channels.Telegram;

public sealed class TelegramWebhookBodyTests
{
    [Fact]
    public void TryParse_Update_WhenBodyIsValid()
    {
        var body = Encoding.UTF8.GetBytes(TelegramTestUpdates.TextJson("halo", updateId: 9001));

        Assert.True(TelegramWebhookBody.TryParse(body, out var update, out var error));

        Assert.Null(error);
        Assert.Equal(9001, update!.Id);
        Assert.Equal("halo", update.Message!.Text);
    }

    [Theory]
    [InlineData("{\"update_id\":1,\"message\":{")]
    [InlineData("not json at all")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"update_id\":\"abc\"}")]
    [InlineData("null")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_ErrorWithoutThrowing_WhenBodyIsMalformedOrEmpty(string? body)
    {
        Assert.False(TelegramWebhookBody.TryParse(body, out var update, out var error));

        Assert.Null(update);
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Fact]
    public void TryParse_ErrorDoesNotQuoteBody_WhenJsonIsBroken()
    {
        Assert.False(TelegramWebhookBody.TryParse("{\"text\":\"NIK 6306055208900003\"", out _, out var error));

        Assert.DoesNotContain("6306", error, StringComparison.Ordinal);
    }
}
