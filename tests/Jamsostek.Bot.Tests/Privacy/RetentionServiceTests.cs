using Jamsostek.Bot.Conversations;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.Privacy;
using Jamsostek.Bot.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Jamsostek.Bot.Tests.Privacy;

/// <summary>The stand-in schedule runs the job on the injected clock: after the first delay, then once a day.</summary>
public sealed class RetentionServiceTests
{
    [Fact]
    public async Task Service_RunsJobAfterFirstDelayThenDaily_WhenClockAdvances()
    {
        using var temp = new TempDatabase();
        var time = new FakeTimeProvider(new DateTimeOffset(2027, 1, 10, 0, 0, 0, TimeSpan.Zero));
        using var host = await BotServices.StartAsync(temp.DbPath, s => s.AddSingleton<TimeProvider>(time));
        var dbFactory = host.Services.GetRequiredService<IDbContextFactory<BotDbContext>>();
        var options = Options.Create(new RetentionOptions());
        var job = new RetentionJob(dbFactory, options, time, NullLogger<RetentionJob>.Instance);
        using var service = new RetentionService(job, options, time, NullLogger<RetentionService>.Instance);
        await AddKeyAsync(dbFactory, "old-1", time.GetUtcNow().AddDays(-8));
        await service.StartAsync(CancellationToken.None);

        time.Advance(TimeSpan.FromMinutes(9));
        await Task.Delay(100);
        Assert.Equal(1, await KeysAsync(dbFactory)); // not yet: the first run is 10 minutes after start

        time.Advance(TimeSpan.FromMinutes(1));
        await WaitForKeysAsync(dbFactory, 0);
        await AddKeyAsync(dbFactory, "old-2", time.GetUtcNow().AddDays(-8));
        time.Advance(TimeSpan.FromHours(24));
        await WaitForKeysAsync(dbFactory, 0);

        await service.StopAsync(CancellationToken.None);
    }

    private static async Task AddKeyAsync(IDbContextFactory<BotDbContext> dbFactory, string key, DateTimeOffset at)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        db.ProcessedMessages.Add(new ProcessedMessage { Channel = "telegram", MessageId = key, ProcessedAt = at });
        await db.SaveChangesAsync();
    }

    private static async Task<int> KeysAsync(IDbContextFactory<BotDbContext> dbFactory)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        return await db.ProcessedMessages.CountAsync();
    }

    /// <summary>The run happens on the service's own task once the fake clock fires its timer: wait for its effect.</summary>
    private static async Task WaitForKeysAsync(IDbContextFactory<BotDbContext> dbFactory, int expected)
    {
        for (var i = 0; i < 200 && await KeysAsync(dbFactory) != expected; i++)
        {
            await Task.Delay(50);
        }

        Assert.Equal(expected, await KeysAsync(dbFactory));
    }
}
