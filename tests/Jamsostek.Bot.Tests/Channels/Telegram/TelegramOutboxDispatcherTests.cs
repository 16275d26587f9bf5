using System.Globalization;
using Jamsostek.Bot.Channels.Telegram;
using Jamsostek.Bot.Tests.TestSupport;
using Jamsostek.Bot.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Tests.Channels.Telegram;

/// <summary>The dispatcher's decisions pass by pass, on a fake clock: leases, pacing, retries, rows that send nothing.</summary>
public sealed partial class TelegramOutboxDispatcherTests
{
    [Fact]
    public async Task DispatchOnceAsync_SendsEachRowExactlyOnceInChatOrder_WhenTwoDispatchersShareOneDatabase()
    {
        await using var fixture = await DispatcherFixture.StartAsync();
        var rows = Enumerable.Range(0, 40)
            .Select(i => fixture.Row($"pesan {i:00}", chat: (1000 + (i % 4)).ToString(CultureInfo.InvariantCulture)))
            .ToArray();
        await fixture.AddAsync(rows);
        var one = fixture.NewDispatcher();
        var two = fixture.NewDispatcher();

        for (var round = 0; round < 100 && (await fixture.RowsAsync()).Any(r => r.SentAt is null); round++)
        {
            await Task.WhenAll(Task.Run(() => one.DispatchOnceAsync(default)), Task.Run(() => two.DispatchOnceAsync(default)));
        }

        var sent = fixture.SentTexts();
        Assert.Equal(40, sent.Count);
        Assert.Equal(40, sent.Distinct().Count());
        foreach (var chat in Enumerable.Range(1000, 4))
        {
            var texts = fixture.Api.CallsTo("sendMessage")
                .Where(c => c.Json.GetProperty("chat_id").GetInt64() == chat)
                .Select(c => c.Json.GetProperty("text").GetString())
                .ToList();
            Assert.Equal(texts.Order(StringComparer.Ordinal), texts);
        }

        Assert.All(await fixture.RowsAsync(), r => Assert.Null(r.ClaimedBy));
    }

    [Fact]
    public async Task DispatchOnceAsync_SkipsRow_WhileAnotherDispatcherHoldsItsLease()
    {
        await using var fixture = await DispatcherFixture.StartAsync();
        var row = fixture.Row("sedang dikirim");
        await fixture.AddAsync(row);
        await using (var db = fixture.Db())
        {
            Assert.True(await OutboxLease.TryClaimAsync(db, row.Id, "replika-lain", fixture.Time.GetUtcNow(), default));
        }

        await fixture.NewDispatcher().DispatchOnceAsync(default);
        Assert.Empty(fixture.SentTexts());

        // The holder died: after its lease another dispatcher takes the row over.
        fixture.Time.Advance(OutboxLease.Duration);
        await fixture.NewDispatcher().DispatchOnceAsync(default);
        Assert.Equal(["sedang dikirim"], fixture.SentTexts());
    }

    [Fact]
    public async Task DispatchOnceAsync_SpreadsBurstAtPerChatRate_WhenOneChatHasFiveReplies()
    {
        await using var fixture = await DispatcherFixture.StartAsync(new TelegramOptions { PerChatMessagesPerSecond = 1, PerChatBurst = 1, GlobalMessagesPerSecond = 30 });
        await fixture.AddAsync([.. Enumerable.Range(1, 5).Select(i => fixture.Row($"balasan {i}"))]);
        var dispatcher = fixture.NewDispatcher();
        var sentPerSecond = new List<int>();

        for (var second = 0; second < 5; second++)
        {
            var before = fixture.SentTexts().Count;
            await dispatcher.DispatchOnceAsync(default);
            await dispatcher.DispatchOnceAsync(default); // a second pass in the same instant sends nothing more
            sentPerSecond.Add(fixture.SentTexts().Count - before);
            fixture.Time.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Equal([1, 1, 1, 1, 1], sentPerSecond);
        Assert.Equal(["balasan 1", "balasan 2", "balasan 3", "balasan 4", "balasan 5"], fixture.SentTexts());
    }

    [Fact]
    public async Task DispatchOnceAsync_SendsOnce_WhenFirstTryGets500()
    {
        await using var fixture = await DispatcherFixture.StartAsync();
        fixture.Api.Script("sendMessage", FakeBotApiResponse.ServerError());
        await fixture.AddAsync(fixture.Row("Halo"));
        var dispatcher = fixture.NewDispatcher();

        await dispatcher.DispatchOnceAsync(default);
        var failed = Assert.Single(await fixture.RowsAsync());
        Assert.Equal(fixture.Time.GetUtcNow() + TimeSpan.FromSeconds(2), failed.NextAttemptAt);
        await dispatcher.DispatchOnceAsync(default);
        Assert.Single(fixture.Api.CallsTo("sendMessage"));

        fixture.Time.Advance(TimeSpan.FromSeconds(2));
        await dispatcher.DispatchOnceAsync(default);
        await dispatcher.DispatchOnceAsync(default);

        Assert.Equal(2, fixture.Api.CallsTo("sendMessage").Count);
        var row = Assert.Single(await fixture.RowsAsync());
        Assert.NotNull(row.SentAt);
        Assert.Equal(1, row.Attempts);
    }

    [Fact]
    public async Task DispatchOnceAsync_KeepsRetryingPastMaxAttemptsThenGivesUp_WhenTelegramStaysDown()
    {
        await using var fixture = await DispatcherFixture.StartAsync(new TelegramOptions { MaxSendAttempts = 8, GiveUpAfterHours = 24, PerChatMessagesPerSecond = 1000, PerChatBurst = 100, GlobalMessagesPerSecond = 1000 });
        fixture.Api.Script("sendMessage", [.. Enumerable.Repeat(FakeBotApiResponse.ServerError(), 400)]);
        await fixture.AddAsync(fixture.Row("Halo"));
        var dispatcher = fixture.NewDispatcher();
        var start = fixture.Time.GetUtcNow();

        // Twelve hours of outage: well past 8 tries, still retried, never more than 5 minutes apart.
        while (fixture.Time.GetUtcNow() - start < TimeSpan.FromHours(12))
        {
            await dispatcher.DispatchOnceAsync(default);
            var row = Assert.Single(await fixture.RowsAsync());
            Assert.Null(row.AbandonedAt);
            Assert.InRange(row.NextAttemptAt!.Value - fixture.Time.GetUtcNow(), TimeSpan.FromSeconds(1), OutboxRetryPolicy.MaxBackoff);
            fixture.Time.Advance(row.NextAttemptAt.Value - fixture.Time.GetUtcNow());
        }

        Assert.True(fixture.Api.CallsTo("sendMessage").Count > 8);
        fixture.Time.Advance(TimeSpan.FromHours(12));
        await dispatcher.DispatchOnceAsync(default);

        var abandoned = Assert.Single(await fixture.RowsAsync());
        Assert.NotNull(abandoned.AbandonedAt);
        Assert.Null(abandoned.SentAt);
    }

    [Fact]
    public async Task DispatchOnceAsync_MarksEmptyReplyDoneAndSendsTheNext_WhenReplyRendersToNothing()
    {
        await using var fixture = await DispatcherFixture.StartAsync();
        await fixture.AddAsync(fixture.Row("   "), fixture.Row("Berikutnya"));
        var dispatcher = fixture.NewDispatcher();

        await dispatcher.DispatchOnceAsync(default);
        await dispatcher.DispatchOnceAsync(default);

        Assert.Equal(["Berikutnya"], fixture.SentTexts());
        Assert.All(await fixture.RowsAsync(), r => Assert.NotNull(r.SentAt));
    }

    [Fact]
    public async Task DispatchOnceAsync_AbandonsRefusedRowAndSendsTheNext_WhenTelegramAnswers400()
    {
        await using var fixture = await DispatcherFixture.StartAsync();
        fixture.Api.Script("sendMessage", FakeBotApiResponse.BadRequest("can't parse entities"));
        await fixture.AddAsync(fixture.Row("Racun"), fixture.Row("Berikutnya"));
        var dispatcher = fixture.NewDispatcher();

        await dispatcher.DispatchOnceAsync(default);
        await dispatcher.DispatchOnceAsync(default);

        Assert.Equal(["Racun", "Berikutnya"], fixture.SentTexts());
        var rows = await fixture.RowsAsync();
        Assert.NotNull(rows[0].AbandonedAt);
        Assert.NotNull(rows[1].SentAt);
    }

    [Fact]
    public async Task DispatchOnceAsync_TakesContactKeyboardDown_WhenNextQuestionHasInlineButtons()
    {
        await using var fixture = await DispatcherFixture.StartAsync();
        var contact = fixture.Row("Ketik nomor HP Anda.", requestContact: true);
        var next = fixture.Row("Langkah 10 dari 16 · Pekerjaan\nApa pekerjaan utama Anda?", choicesJson: "[{\"id\":\"petani\",\"label\":\"Petani\"}]");
        await fixture.AddAsync(contact, next);
        var dispatcher = fixture.NewDispatcher();

        await dispatcher.DispatchOnceAsync(default);
        await dispatcher.DispatchOnceAsync(default);

        var calls = fixture.Api.CallsTo("sendMessage").Select(c => c.Json).ToList();
        Assert.Equal(3, calls.Count);
        Assert.True(calls[0].GetProperty("reply_markup").GetProperty("keyboard")[0][0].GetProperty("request_contact").GetBoolean());
        Assert.Equal("Langkah 10 dari 16 · Pekerjaan", calls[1].GetProperty("text").GetString());
        Assert.True(calls[1].GetProperty("reply_markup").GetProperty("remove_keyboard").GetBoolean());
        Assert.Equal("Apa pekerjaan utama Anda?", calls[2].GetProperty("text").GetString());
        Assert.Equal("petani", calls[2].GetProperty("reply_markup").GetProperty("inline_keyboard")[0][0].GetProperty("callback_data").GetString());
        await using var db = fixture.Db();
        Assert.Equal("1003", (await db.OutboxMessages.SingleAsync(m => m.Id == next.Id)).ExternalMessageId);
    }
}
