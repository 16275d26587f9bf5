using Jamsostek.Bot.Channels.Telegram;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.Outbox;
using Jamsostek.Bot.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Jamsostek.Bot.Tests.Channels.Telegram;

/// <summary>
/// Telegram outbox dispatchers driven pass by pass (no background loop) on a fake clock, a real SQLite
/// file and the real client against a <see cref="FakeBotApiServer"/>. Several dispatchers may share the file.
/// </summary>
internal sealed class DispatcherFixture : IAsyncDisposable
{
    public const string Chat = "424242";
    private readonly TempDatabase database;
    private readonly IHost host;
    private readonly OutboxSignal signal = new();
    private readonly List<OutboxDispatcher> dispatchers = [];

    private DispatcherFixture(TempDatabase database, IHost host, FakeBotApiServer api, TelegramOptions options)
    {
        this.database = database;
        this.host = host;
        Api = api;
        Options = options;
    }

    public FakeBotApiServer Api { get; }

    public TelegramOptions Options { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 5, 1, 1, 0, 0, TimeSpan.Zero));

    public static async Task<DispatcherFixture> StartAsync(TelegramOptions? options = null)
    {
        var database = new TempDatabase();
        var host = await BotServices.StartAsync(database.DbPath);
        var api = await FakeBotApiServer.StartAsync();
        return new DispatcherFixture(database, host, api, options ?? new TelegramOptions { PerChatMessagesPerSecond = 1000, PerChatBurst = 100, GlobalMessagesPerSecond = 1000 });
    }

    /// <summary>A dispatcher as another replica would run it: its own pacing, its own client.</summary>
    public OutboxDispatcher NewDispatcher()
    {
        var options = Microsoft.Extensions.Options.Options.Create(Options);
        var dispatcher = new OutboxDispatcher(
            host.Services.GetRequiredService<IDbContextFactory<BotDbContext>>(),
            [new TelegramOutboxRenderer(new TelegramRenderer())],
            [new TelegramTransport(new TelegramSender(Api.CreateClient(), NullLogger<TelegramSender>.Instance), options)],
            signal,
            Time,
            NullLogger<OutboxDispatcher>.Instance);
        dispatchers.Add(dispatcher);
        return dispatcher;
    }

    public OutboxMessage Row(string text, string chat = Chat, string choicesJson = "[]", bool requestContact = false) => new()
    {
        Channel = TelegramUpdateHandler.Channel,
        ChatId = chat,
        Text = text,
        ChoicesJson = choicesJson,
        RequestContact = requestContact,
        CreatedAt = Time.GetUtcNow(),
    };

    public async Task AddAsync(params OutboxMessage[] rows)
    {
        await using var db = Db();
        db.OutboxMessages.AddRange(rows);
        await db.SaveChangesAsync();
    }

    public BotDbContext Db() => host.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContext();

    public async Task<List<OutboxMessage>> RowsAsync()
    {
        await using var db = Db();
        return await db.OutboxMessages.AsNoTracking().OrderBy(m => m.Id).ToListAsync();
    }

    public IReadOnlyList<string?> SentTexts() => Api.CallsTo("sendMessage").Select(c => c.Json.GetProperty("text").GetString()).ToList();

    public async ValueTask DisposeAsync()
    {
        dispatchers.ForEach(d => d.Dispose());
        signal.Dispose();
        await Api.DisposeAsync();
        await host.StopAsync();
        host.Dispose();
        database.Dispose();
    }
}
