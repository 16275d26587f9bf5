using Jamsostek.Bot.Conversations;
using Jamsostek.Bot.Tests.Channels.Telegram;
using Jamsostek.Bot.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Jamsostek.Bot.Tests.Conversations;

/// <summary>What a turn reports when the database is gone, and what writing again does to a person marked unreachable.</summary>
public sealed class TurnCommitTests
{
    [Fact]
    public async Task ProcessAsync_NotCommittedThenHandled_WhenDatabaseIsDownThenBack()
    {
        var outage = new DatabaseOutage();
        await using var fixture = await TurnFixture.StartAsync(FakeEngine.Echo(), s => s.AddSingleton<IInterceptor>(outage));

        outage.Down = true;
        var down = await fixture.SendAsync("halo", messageId: "m-1");
        outage.Down = false;
        var again = await fixture.SendAsync("halo", messageId: "m-1");

        Assert.Equal(TurnStatus.NotCommitted, down.Status);
        Assert.Equal(TurnStatus.Handled, again.Status);
        await using var db = fixture.Db();
        Assert.Equal(["Anda menulis: halo"], await db.OutboxMessages.Select(m => m.Text).ToListAsync());
    }

    /// <summary>
    /// The database back a moment after the turn could not read: no apology ("send it again") is queued in that moment;
    /// the message is left for redelivery, which gets the real answer (CI once saw the apology win that race).
    /// </summary>
    [Fact]
    public async Task ProcessAsync_NotCommittedWithoutApology_WhenDatabaseIsBackRightAfterTheFailedRead()
    {
        var outage = new DatabaseOutage();
        await using var fixture = await TurnFixture.StartAsync(FakeEngine.Echo(), s => s.AddSingleton<IInterceptor>(outage));

        outage.FailNextOpenings(1);
        var down = await fixture.SendAsync("halo", messageId: "m-1");
        var again = await fixture.SendAsync("halo", messageId: "m-1");

        Assert.Equal(TurnStatus.NotCommitted, down.Status);
        Assert.Equal(TurnStatus.Handled, again.Status);
        await using var db = fixture.Db();
        Assert.Equal(["Anda menulis: halo"], await db.OutboxMessages.Select(m => m.Text).ToListAsync());
    }

    [Fact]
    public async Task ProcessAsync_ClearsUnreachable_WhenThePersonWritesAgain()
    {
        await using var fixture = await TurnFixture.StartAsync(FakeEngine.Echo());
        await using (var db = fixture.Db())
        {
            db.Participants.Add(new Participant { Channel = "terminal", ChatId = "chat-1", Unreachable = true, CreatedAt = fixture.Time.GetUtcNow() });
            await db.SaveChangesAsync();
        }

        await fixture.SendAsync("saya kembali");

        await using var check = fixture.Db();
        Assert.False((await check.Participants.SingleAsync()).Unreachable);
    }
}
