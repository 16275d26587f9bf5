using Jamsostek.Bot.Channels.Telegram;
using Jamsostek.Bot.Outbox;

namespace Jamsostek.Bot.Tests.Channels.Telegram;

/// <summary>
/// With the overall pace used up, a reply sent straight from its request queues behind older replies held back for the
/// pace, instead of taking the next free slot (the paced crowd's stuck workers: a reply's second message waited ~10 s
/// while every fresh turn won the slot as it freed up).
/// </summary>
public sealed partial class TelegramOutboxDispatcherTests
{
    private static readonly TelegramOptions OneASecond = new() { PerChatMessagesPerSecond = 1000, PerChatBurst = 100, GlobalMessagesPerSecond = 1 };

    [Fact]
    public async Task SendClaimedAsync_QueuesBehindOlderReply_WhenThePaceHeldThatReplyBack()
    {
        await using var fixture = await DispatcherFixture.StartAsync(OneASecond);
        var dispatcher = fixture.NewDispatcher();
        await fixture.AddAsync(Reply(fixture, "Langkah 3 dari 16 — Nama", chat: "701"));
        await dispatcher.DispatchOnceAsync(default); // takes this second's slot
        await fixture.AddAsync(Reply(fixture, "Apa pekerjaan utama Anda?", chat: "702"));
        await dispatcher.DispatchOnceAsync(default); // held back: the pace is used up

        fixture.Time.Advance(TimeSpan.FromSeconds(1));
        var fresh = Claimed(Reply(fixture, "Langkah 5 dari 16 — Alamat", chat: "703"), fixture);
        await fixture.AddAsync(fresh);
        var sentAtOnce = await dispatcher.SendClaimedAsync([fresh.Id], default);
        await dispatcher.DispatchOnceAsync(default);
        fixture.Time.Advance(TimeSpan.FromSeconds(1));
        await dispatcher.DispatchOnceAsync(default);

        Assert.False(sentAtOnce);
        Assert.Equal(["Langkah 3 dari 16 — Nama", "Apa pekerjaan utama Anda?", "Langkah 5 dari 16 — Alamat"], fixture.SentTexts());
        Assert.All(await fixture.RowsAsync(), r => Assert.True(r.SentAt is not null && r.ClaimedBy is null));
    }

    [Fact]
    public async Task SendClaimedAsync_SendsAtOnce_WhenAPassHasCaughtUpWithTheBacklog()
    {
        await using var fixture = await DispatcherFixture.StartAsync(OneASecond);
        var dispatcher = fixture.NewDispatcher();
        await fixture.AddAsync(Reply(fixture, "Langkah 3 dari 16 — Nama", chat: "701"), Reply(fixture, "Apa pekerjaan utama Anda?", chat: "702"));
        await dispatcher.DispatchOnceAsync(default); // one sent, one held back
        fixture.Time.Advance(TimeSpan.FromSeconds(1));
        await dispatcher.DispatchOnceAsync(default); // the held-back one goes
        fixture.Time.Advance(TimeSpan.FromSeconds(1));
        await dispatcher.DispatchOnceAsync(default); // nothing left: the backlog is over

        var fresh = Claimed(Reply(fixture, "Langkah 5 dari 16 — Alamat", chat: "703"), fixture);
        await fixture.AddAsync(fresh);

        Assert.True(await dispatcher.SendClaimedAsync([fresh.Id], default));
        Assert.Equal("Langkah 5 dari 16 — Alamat", fixture.SentTexts()[^1]);
    }

    // As the turn writes it: leased to the request that will send it.
    private static OutboxMessage Claimed(OutboxMessage row, DispatcherFixture fixture)
    {
        row.ClaimedBy = "request";
        row.ClaimedUntil = fixture.Time.GetUtcNow().AddMinutes(1);
        return row;
    }
}
