using Jamsostek.Bot.Channels.Telegram;
using Jamsostek.Bot.Channels.WhatsApp;
using Jamsostek.Bot.Cli;
using Jamsostek.Bot.Conversations;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.Outbox;
using Jamsostek.Bot.Privacy;
using Jamsostek.Bot.Reminders;
using Jamsostek.Bot.SignUps;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Jamsostek.Bot.Tests.TestSupport;

/// <summary>The channel a <see cref="ChannelBotHost"/> runs.</summary>
internal enum TestChannel
{
    Telegram,
    WhatsApp,
}

/// <summary>
/// The real bot host (Kestrel on 127.0.0.1, real SQLite, the real outbox) with one channel on, its API pointed at a
/// fake on 127.0.0.1 by <paramref name="channelSettings"/>: what TelegramBotHost and WhatsAppBotHost share.
/// </summary>
internal sealed class ChannelBotHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private ChannelBotHost(WebApplication app)
    {
        this.app = app;
        Http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
    }

    public HttpClient Http { get; }

    public IServiceProvider Services => app.Services;

    public static async Task<ChannelBotHost> StartAsync(
        TestChannel channel,
        string dbPath,
        Dictionary<string, string?> channelSettings,
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configure = null,
        Action<BotDbContext>? seed = null,
        bool backgroundOutbox = true)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddCommandLineSettings(new ParsedCommand(Verb.Serve) { DbPath = dbPath, Settings = channelSettings });
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.Configuration[key] = value;
        }

        builder.AddBotDatabase();
        builder.AddConversations();
        builder.AddTurnPrivacy();
        builder.AddOutbox(backgroundOutbox);
        if (channel == TestChannel.Telegram)
        {
            builder.AddTelegram();
        }
        else
        {
            builder.AddWhatsApp();
            builder.AddSignUps(); // decisions and reminders write the notices the channel sends
            builder.AddReminderPlanning();
        }

        configure?.Invoke(builder.Services);
        var app = builder.Build();
        if (channel == TestChannel.Telegram)
        {
            app.MapTelegram();
        }
        else
        {
            app.MapWhatsApp();
        }

        if (seed is not null)
        {
            await using var db = await app.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
            await db.Database.MigrateAsync();
            seed(db);
            await db.SaveChangesAsync();
        }

        await app.StartAsync();
        return new ChannelBotHost(app);
    }

    /// <summary>
    /// Returns once the outbox dispatcher has woken and made two whole passes after this call: whatever it was going to
    /// send by then has been sent (an explicit signal instead of sleeping and asserting that nothing more came).
    /// </summary>
    public async Task OutboxSettledAsync()
    {
        var dispatcher = Services.GetServices<IHostedService>().OfType<OutboxDispatcher>().Single();
        var start = dispatcher.CompletedPasses;
        Services.GetRequiredService<OutboxSignal>().Poke();
        await Eventually.TrueAsync(() => dispatcher.CompletedPasses >= start + 2, "two outbox passes");
    }

    public async Task<T> QueryAsync<T>(Func<BotDbContext, Task<T>> query)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        return await query(db);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
