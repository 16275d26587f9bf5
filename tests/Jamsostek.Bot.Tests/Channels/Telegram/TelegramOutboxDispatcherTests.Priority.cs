using System.Globalization;
using Jamsostek.Bot.Channels.Telegram;
using Jamsostek.Bot.Outbox;

namespace Jamsostek.Bot.Tests.Channels.Telegram;

/// <summary>A person chatting is answered before a batch of officers' notices to other chats.</summary>
public sealed partial class TelegramOutboxDispatcherTests
{
    private static readonly TelegramOptions TelegramPace = new() { PerChatMessagesPerSecond = 1, PerChatBurst = 3, GlobalMessagesPerSecond = 30 };

    [Fact]
    public async Task DispatchOnceAsync_SendsReplyFirst_WhenItWasQueuedAfterFiveHundredNotices()
    {
        await using var fixture = await DispatcherFixture.StartAsync(TelegramPace);
        await fixture.AddAsync(Notices(fixture, 500));
        await fixture.AddAsync(Reply(fixture, "Langkah 2 dari 16 — NIK", chat: "777"));

        await fixture.NewDispatcher().DispatchOnceAsync(default);

        var sent = fixture.SentTexts();
        Assert.Equal("Langkah 2 dari 16 — NIK", sent[0]);
        Assert.Equal(30, sent.Count); // one second's worth, then the pass stops
    }

    [Fact]
    public async Task DispatchOnceAsync_SendsNewReplyInTheNextSlot_WhenNoticesAreBeingSent()
    {
        await using var fixture = await DispatcherFixture.StartAsync(TelegramPace);
        await fixture.AddAsync(Notices(fixture, 500));
        var dispatcher = fixture.NewDispatcher();
        await dispatcher.DispatchOnceAsync(default);
        Assert.Equal(30, fixture.SentTexts().Count);

        // The worker writes while 470 notices still wait: the next free slot is theirs.
        await fixture.AddAsync(Reply(fixture, "Terima kasih, NIK tersimpan.", chat: "777"));
        fixture.Time.Advance(TimeSpan.FromSeconds(1.0 / 30));
        await dispatcher.DispatchOnceAsync(default);

        Assert.Equal("Terima kasih, NIK tersimpan.", fixture.SentTexts()[30]);
    }

    [Fact]
    public async Task DispatchOnceAsync_LeavesWaitingRowsUntouched_WhenOverallPaceIsUsedUp()
    {
        await using var fixture = await DispatcherFixture.StartAsync(TelegramPace);
        await fixture.AddAsync(Notices(fixture, 100));
        var dispatcher = fixture.NewDispatcher();

        await dispatcher.DispatchOnceAsync(default);
        await dispatcher.DispatchOnceAsync(default);

        var waiting = (await fixture.RowsAsync()).Where(r => r.SentAt is null).ToList();
        Assert.Equal(70, waiting.Count);
        Assert.All(waiting, r => Assert.True(r.NextAttemptAt is null && r.ClaimedBy is null && r.Attempts == 0));
    }

    [Fact]
    public async Task DispatchOnceAsync_KeepsChatOrder_WhenChatHasNoticeBeforeReply()
    {
        await using var fixture = await DispatcherFixture.StartAsync(TelegramPace);
        await fixture.AddAsync(Notices(fixture, 40));
        await fixture.AddAsync(fixture.Row("Pendaftaran Anda disetujui.", chat: "777"), Reply(fixture, "Pendaftaran BPU-1 sudah disetujui.", chat: "777"));
        var dispatcher = fixture.NewDispatcher();

        await dispatcher.DispatchOnceAsync(default);
        fixture.Time.Advance(TimeSpan.FromSeconds(1.0 / 30));
        await dispatcher.DispatchOnceAsync(default); // the chat's next row, in the next free slot

        var sent = fixture.SentTexts();
        Assert.Equal("Pendaftaran Anda disetujui.", sent[0]);
        Assert.Equal("Pendaftaran BPU-1 sudah disetujui.", sent[30]);
    }

    private static OutboxMessage[] Notices(DispatcherFixture fixture, int count) =>
        [.. Enumerable.Range(0, count).Select(i => fixture.Row($"Pendaftaran {i} disetujui.", chat: (5000 + i).ToString(CultureInfo.InvariantCulture)))];

    private static OutboxMessage Reply(DispatcherFixture fixture, string text, string chat)
    {
        var row = fixture.Row(text, chat);
        row.TurnMessageId = "tg:" + chat;
        return row;
    }
}
