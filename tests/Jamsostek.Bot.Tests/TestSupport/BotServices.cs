using Jamsostek.Bot.Cli;
using Jamsostek.Bot.Conversations;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.Outbox;
using Jamsostek.Bot.Privacy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Jamsostek.Bot.Tests.TestSupport;

/// <summary>The host's services on a temp SQLite file (or the database of <paramref name="settings"/>), started (so migrated), with test replacements.</summary>
public static class BotServices
{
    public static async Task<IHost> StartAsync(string dbPath, Action<IServiceCollection>? configure = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [] });
        builder.Logging.ClearProviders();
        builder.AddCommandLineSettings(new ParsedCommand(Verb.Chat) { DbPath = dbPath, Settings = settings ?? new Dictionary<string, string?>() });
        builder.AddBotDatabase();
        builder.AddConversations();
        builder.AddTurnPrivacy();
        builder.AddOutbox();
        configure?.Invoke(builder.Services);
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }
}
