using Jamsostek.Bot.Hosting;
using Jamsostek.Bot.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Jamsostek.Bot.Tests.Hosting;

/// <summary>The serve host's collection after start-up (issue 12: start-up's garbage no longer sets the host's memory).</summary>
public sealed class StartupMemoryTrimTests
{
    [Fact]
    public async Task StartingAndStarted_EachCollectAndReport_WhenTheHostStarts()
    {
        using var logs = new ListLoggerProvider();
        using var factory = new LoggerFactory([logs]);
        var trim = new StartupMemoryTrim(factory.CreateLogger<StartupMemoryTrim>());
        var collections = GC.CollectionCount(GC.MaxGeneration);

        await trim.StartingAsync(CancellationToken.None);
        await trim.StartedAsync(CancellationToken.None);

        Assert.True(GC.CollectionCount(GC.MaxGeneration) >= collections + 2, "two full collections");
        Assert.Collection(
            logs.Lines,
            line => Assert.StartsWith("Information: Memory trimmed (engine built): GC committed ", line, StringComparison.Ordinal),
            line => Assert.StartsWith("Information: Memory trimmed (host started): GC committed ", line, StringComparison.Ordinal));
    }

    [Fact]
    public async Task StartingAndStarted_DoNothing_WhenTurnedOff()
    {
        using var logs = new ListLoggerProvider();
        using var factory = new LoggerFactory([logs]);
        var trim = new StartupMemoryTrim(factory.CreateLogger<StartupMemoryTrim>(), enabled: false);

        await trim.StartingAsync(CancellationToken.None);
        await trim.StartedAsync(CancellationToken.None);

        Assert.Empty(logs.Lines);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Serve_TrimsAfterStartup_AsMemoryTrimAfterStartupSays(bool trimMemory)
    {
        await using var web = new OfficerWebFactory { TrimMemory = trimMemory };
        using var client = web.CreateClient();

        Assert.Equal(trimMemory, web.Services.GetServices<IHostedService>().OfType<StartupMemoryTrim>().Single().Enabled);
    }
}
