using Jamsostek.Bot.Outbox;
using Jamsostek.Bot.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Jamsostek.Bot.Tests.Outbox;

/// <summary>Issue 13: the channel's overall pace is one for all replicas on PostgreSQL (not N × MessagesPerSecond).</summary>
public sealed class SharedChannelPaceTests
{
    private static readonly OutboxChannelSettings TenPerSecond = OutboxChannelSettings.Unpaced with { MessagesPerSecond = 10 };

    [PostgresFact]
    public async Task TryAcquireAsync_SharesOneBucketBetweenTwoHosts_WhenBothSendOnOneDatabase()
    {
        await using var database = await TestDb.CreateAsync(TestDb.Postgres);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 5, 11, 1, 0, 0, TimeSpan.Zero));
        using var hostA = await BotServices.StartAsync(database.DbPath, settings: database.Settings);
        using var hostB = await BotServices.StartAsync(database.DbPath, settings: database.Settings);
        var paceA = new SharedChannelPace(time);
        var paceB = new SharedChannelPace(time);
        await using var dbA = hostA.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Jamsostek.Bot.Data.BotDbContext>>().CreateDbContext();
        await using var dbB = hostB.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Jamsostek.Bot.Data.BotDbContext>>().CreateDbContext();

        var granted = 0;
        var waits = new List<TimeSpan>();
        for (var i = 0; i < 20; i++)
        {
            var wait = await (i % 2 == 0 ? paceA : paceB).TryAcquireAsync(i % 2 == 0 ? dbA : dbB, "telegram", TenPerSecond, CancellationToken.None);
            if (wait == TimeSpan.Zero)
            {
                granted++;
            }
            else
            {
                waits.Add(wait);
            }
        }

        Assert.Equal(10, granted); // one second's burst for both hosts together, not ten each
        Assert.All(waits, w => Assert.Equal(TimeSpan.FromMilliseconds(100), w));
        time.Advance(TimeSpan.FromMilliseconds(100));
        Assert.Equal(TimeSpan.Zero, await paceB.TryAcquireAsync(dbB, "telegram", TenPerSecond, CancellationToken.None));
        Assert.NotEqual(TimeSpan.Zero, await paceA.TryAcquireAsync(dbA, "telegram", TenPerSecond, CancellationToken.None));
        Assert.Equal(TimeSpan.Zero, await paceA.TryAcquireAsync(dbA, "whatsapp", TenPerSecond, CancellationToken.None)); // per channel
        await hostA.StopAsync();
        await hostB.StopAsync();
    }
}
