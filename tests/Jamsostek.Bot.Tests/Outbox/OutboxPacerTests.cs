using System.Globalization;
using Jamsostek.Bot.Channels.Telegram;
using Jamsostek.Bot.Outbox;
using Microsoft.Extensions.Time.Testing;

namespace Jamsostek.Bot.Tests.Outbox;

public sealed class OutboxPacerTests
{
    private const string Channel = "telegram";
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 1, 5, 2, 0, 0, TimeSpan.Zero));

    private static OutboxChannelSettings Pace(double global = 30, double perChat = 1, int burst = 3) =>
        TelegramTransport.ToSettings(new TelegramOptions { GlobalMessagesPerSecond = global, PerChatMessagesPerSecond = perChat, PerChatBurst = burst });

    [Fact]
    public void TryAcquire_True_WhenChatHasSentNothing()
    {
        var pacer = new OutboxPacer(time);

        Assert.True(pacer.TryAcquire(Channel, "1", Pace(), out var wait));
        Assert.Equal(TimeSpan.Zero, wait);
    }

    [Fact]
    public void TryAcquire_WaitsOneSecond_WhenChatUsedItsBurst()
    {
        var pacer = new OutboxPacer(time);
        var pace = Pace();
        for (var i = 0; i < 3; i++)
        {
            Assert.True(pacer.TryAcquire(Channel, "1", pace, out _));
        }

        Assert.False(pacer.TryAcquire(Channel, "1", pace, out var wait));
        Assert.Equal(TimeSpan.FromSeconds(1), wait);
        Assert.True(pacer.TryAcquire(Channel, "2", pace, out _));
        time.Advance(wait);
        Assert.True(pacer.TryAcquire(Channel, "1", pace, out _));
    }

    [Fact]
    public void TryAcquire_GlobalPace_WhenThirtyChatsGotAMessageThisSecond()
    {
        var pacer = new OutboxPacer(time);
        var pace = Pace();
        for (var chat = 0; chat < 30; chat++)
        {
            Assert.True(pacer.TryAcquire(Channel, chat.ToString(CultureInfo.InvariantCulture), pace, out _));
        }

        Assert.False(pacer.TryAcquire(Channel, "fresh", pace, out var wait));
        Assert.Equal(1000.0 / 30, wait.TotalMilliseconds, 1.0);
        Assert.True(pacer.ChannelDelay(Channel, pace) > TimeSpan.Zero);
        Assert.True(pacer.TryAcquire("whatsapp", "fresh", pace, out _)); // another channel has its own pace
        time.Advance(wait);
        Assert.True(pacer.TryAcquire(Channel, "fresh", pace, out _));
    }

    [Fact]
    public void TryAcquire_FollowsConfiguredRate_WhenPerChatIsTwoPerSecond()
    {
        var pacer = new OutboxPacer(time);
        var pace = Pace(perChat: 2, burst: 1);

        Assert.True(pacer.TryAcquire(Channel, "1", pace, out _));
        Assert.False(pacer.TryAcquire(Channel, "1", pace, out var wait));

        Assert.Equal(TimeSpan.FromMilliseconds(500), wait);
    }

    [Fact]
    public void TryAcquire_SpreadsLongRunsOnly_WhenRecipientHasAPairLimit()
    {
        // WhatsApp's pair limit: a short burst goes at once, then about one message every 6 seconds.
        var pacer = new OutboxPacer(time);
        var pace = new OutboxChannelSettings(80, 1.0 / 6, 3, 8, TimeSpan.FromHours(24), TimeSpan.FromSeconds(1));
        var now = Enumerable.Range(0, 3).Count(_ => pacer.TryAcquire("whatsapp", "62812", pace, out TimeSpan _));

        Assert.Equal(3, now);
        Assert.False(pacer.TryAcquire("whatsapp", "62812", pace, out var wait));
        Assert.Equal(TimeSpan.FromSeconds(6), wait);
    }

    [Fact]
    public void BackOff_HoldsEveryChat_WhenTelegramAnswered429()
    {
        var pacer = new OutboxPacer(time);
        var pace = Pace();

        pacer.BackOff(Channel, pace, TimeSpan.FromSeconds(5));

        Assert.Equal(5000, pacer.ChannelDelay(Channel, pace).TotalMilliseconds, 1.0);
        Assert.False(pacer.TryAcquire(Channel, "any", pace, out _));
        time.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(TimeSpan.Zero, pacer.ChannelDelay(Channel, pace));
    }
}
