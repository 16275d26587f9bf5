using Jamsostek.Bot.Conversations;
using Jamsostek.Bot.Data;
using Jamsostek.Dialogs.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Jamsostek.Bot.Tests.TestSupport;

/// <summary>A started host around one fake engine, a fake clock and a temp database.</summary>
public sealed class TurnFixture : IAsyncDisposable
{
    private readonly TempDatabase? ownedDatabase;
    private int next;

    private TurnFixture(TempDatabase? ownedDatabase, IHost host, FakeTimeProvider time)
    {
        this.ownedDatabase = ownedDatabase;
        Host = host;
        Time = time;
    }

    public IHost Host { get; }

    public FakeTimeProvider Time { get; }

    public TurnProcessor Turns => Host.Services.GetRequiredService<TurnProcessor>();

    /// <param name="database">A database shared with other fixtures (the caller disposes it); default: a new one of its own.</param>
    public static async Task<TurnFixture> StartAsync(IConversationEngine engine, Action<IServiceCollection>? configure = null, TempDatabase? database = null)
    {
        var owned = database is null ? new TempDatabase() : null;
        database ??= owned!;
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 5, 1, 1, 0, 0, TimeSpan.Zero));
        var host = await BotServices.StartAsync(database.DbPath, services =>
        {
            services.AddSingleton(engine);
            services.AddSingleton<TimeProvider>(time);
            configure?.Invoke(services);
        });
        return new TurnFixture(owned, host, time);
    }

    public Task<TurnOutcome> SendAsync(string text, string chatId = "chat-1", string? messageId = null) =>
        Turns.ProcessAsync(new InboundMessage("terminal", chatId, messageId ?? $"m{Interlocked.Increment(ref next)}", InboundInput.FromText(text), Time.GetUtcNow()));

    public BotDbContext Db() => Host.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContext();

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
        ownedDatabase?.Dispose();
    }
}
