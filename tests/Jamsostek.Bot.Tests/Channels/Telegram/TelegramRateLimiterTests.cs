using Jamsostek.Bot.Channels.Telegram;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Jamsostek.Bot.Tests.Channels.Telegram;

public sealed class TelegramRateLimiterTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 1, 5, 2, 0, 0, TimeSpan.Zero));

    private TelegramRateLimiter Limiter(double global = 30, double perChat = 1, int burst = 3) =>
        new(Options.Create(new TelegramOptions { GlobalMessagesPerSecond = global, PerChatMessagesPerSecond = perChat, PerChatBurst = burst }), time);

    [Fact]
    public void DelayFor_Zero_WhenChatHasSentNothing()
    {
        Assert.Equal(TimeSpan.Zero, Limiter().DelayFor("1"));
    }

    [Fact]
    public void DelayFor_OneSecond_WhenChatUsedItsBurst()
    {
        var limiter = Limiter();
        limiter.Record("1");
        limiter.Record("1");
        Assert.Equal(TimeSpan.Zero, limiter.DelayFor("1"));

        limiter.Record("1");

        Assert.Equal(TimeSpan.FromSeconds(1), limiter.DelayFor("1"));
        Assert.Equal(TimeSpan.Zero, limiter.DelayFor("2"));
    }

    [Fact]
    public void DelayFor_Zero_WhenTimeHasPassed()
    {
        var limiter = Limiter();
        for (var i = 0; i < 5; i++)
        {
            limiter.Record("1");
        }

        Assert.Equal(TimeSpan.FromSeconds(3), limiter.DelayFor("1"));
        time.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal(TimeSpan.Zero, limiter.DelayFor("1"));
    }

    [Fact]
    public void DelayFor_GlobalPace_WhenThirtyChatsGotAMessageThisSecond()
    {
        var limiter = Limiter();
        for (var chat = 0; chat < 30; chat++)
        {
            Assert.True(limiter.TryAcquire(chat.ToString(System.Globalization.CultureInfo.InvariantCulture), out _));
        }

        Assert.False(limiter.TryAcquire("fresh", out var wait));
        Assert.Equal(1000.0 / 30, wait.TotalMilliseconds, 1.0);
        time.Advance(wait);
        Assert.True(limiter.TryAcquire("fresh", out _));
    }

    [Fact]
    public void TryAcquire_FollowsConfiguredRate_WhenPerChatIsTwoPerSecond()
    {
        var limiter = Limiter(perChat: 2, burst: 1);

        Assert.True(limiter.TryAcquire("1", out _));
        Assert.False(limiter.TryAcquire("1", out var wait));

        Assert.Equal(TimeSpan.FromMilliseconds(500), wait);
    }

    [Fact]
    public void BackOff_HoldsEveryChat_WhenTelegramAnswered429()
    {
        var limiter = Limiter();

        limiter.BackOff(TimeSpan.FromSeconds(5));

        Assert.Equal(5000, limiter.DelayFor("any").TotalMilliseconds, 1.0);
        time.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(TimeSpan.Zero, limiter.DelayFor("any"));
    }
}
