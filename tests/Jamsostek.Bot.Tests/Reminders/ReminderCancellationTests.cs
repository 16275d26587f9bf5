using Jamsostek.Bot.Channels.Telegram;
using Jamsostek.Bot.Outbox;
using Jamsostek.Bot.Reminders;
using Jamsostek.Bot.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Tests.Reminders;

public sealed class ReminderCancellationTests
{
    // 8 January 2026 08:00 WITA: h-7 of January for a member in Hulu Sungai Selatan.
    private static readonly DateTimeOffset EightWita = new(2026, 1, 8, 0, 0, 0, TimeSpan.Zero);

    [Theory, SqliteData, PostgresData]
    public async Task CancelUnsentAsync_LeavesTheRowToTheDispatcher_WhenItWasLeasedAfterTheReminderWasRead(string provider)
    {
        await using var database = await TestDb.CreateAsync(provider);
        await using var host = await ReminderHost.StartAsync(database);
        await host.AddMemberAsync("63.06", "2026-01");
        Assert.Single(await host.Planner.PlanAsync(EightWita));
        var now = EightWita.AddMinutes(5);

        await using var recorder = host.Db();
        var read = await recorder.Reminders.ToListAsync();
        // The dispatcher takes the row between the recorder's read and its write.
        await using (var dispatcher = host.Db())
        {
            Assert.True(await OutboxLease.TryClaimAsync(dispatcher, read[0].OutboxMessageId!.Value, "dispatcher-1", now, CancellationToken.None));
        }

        var cancelled = await ReminderCancellation.CancelUnsentAsync(recorder, read, now, CancellationToken.None);
        await recorder.SaveChangesAsync();

        Assert.Equal(0, cancelled);
        await using var check = host.Db();
        var reminder = await check.Reminders.Include(r => r.OutboxMessage).SingleAsync();
        Assert.Null(reminder.CancelledAt);
        Assert.Null(reminder.OutboxMessage!.AbandonedAt);
        Assert.Equal("dispatcher-1", reminder.OutboxMessage.ClaimedBy);
    }

    [Theory]
    [InlineData(false)]  // nobody holds it
    [InlineData(true)]  // its holder's lease ran out (the holder died before sending)
    public async Task CancelUnsentAsync_AbandonsTheRow_WhenNoLiveLeaseHoldsIt(bool expiredLease)
    {
        await using var host = await ReminderHost.StartAsync();
        await host.AddMemberAsync("63.06", "2026-01");
        Assert.Single(await host.Planner.PlanAsync(EightWita));
        var now = EightWita.AddMinutes(5);
        await using var db = host.Db();
        var read = await db.Reminders.ToListAsync();
        if (expiredLease)
        {
            await using var dispatcher = host.Db();
            Assert.True(await OutboxLease.TryClaimAsync(dispatcher, read[0].OutboxMessageId!.Value, "crashed", now - OutboxLease.Duration - TimeSpan.FromSeconds(1), CancellationToken.None));
        }

        var cancelled = await ReminderCancellation.CancelUnsentAsync(db, read, now, CancellationToken.None);
        await db.SaveChangesAsync();

        Assert.Equal(1, cancelled);
        await using var check = host.Db();
        var reminder = await check.Reminders.Include(r => r.OutboxMessage).SingleAsync();
        Assert.Equal(now, reminder.CancelledAt);
        Assert.Equal(now, reminder.OutboxMessage!.AbandonedAt);
    }

    [Theory, SqliteData, PostgresData]
    public async Task RecordAsync_KeepsAReminderBeingSent_WhenThePaymentArrivesDuringTheLease(string provider)
    {
        await using var database = await TestDb.CreateAsync(provider);
        await using var host = await ReminderHost.StartAsync(database);
        var member = await host.AddMemberAsync("63.06", "2026-01");
        Assert.Single(await host.Planner.PlanAsync(EightWita));
        host.Time.SetUtcNow(EightWita.AddMinutes(1));
        await using (var dispatcher = host.Db())
        {
            var rowId = await dispatcher.OutboxMessages.Select(m => m.Id).SingleAsync();
            Assert.True(await OutboxLease.TryClaimAsync(dispatcher, rowId, "dispatcher-1", host.Time.GetUtcNow(), CancellationToken.None));
        }

        await host.PayAsync(member, 1);

        await using var check = host.Db();
        var reminder = await check.Reminders.Include(r => r.OutboxMessage).SingleAsync();
        Assert.Null(reminder.CancelledAt);
        Assert.Null(reminder.OutboxMessage!.AbandonedAt);
    }
}
