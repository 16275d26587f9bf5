using Jamsostek.Bot.Channels.Telegram;
using Jamsostek.Bot.Cli;
using Jamsostek.Bot.Conversations;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.Tests.TestSupport;
using Jamsostek.Bot.Outbox;
using Jamsostek.Bot.Privacy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Jamsostek.Bot.Tests.Channels.Telegram;

/// <summary>
/// The real bot host (Kestrel on 127.0.0.1, real SQLite, the real Telegram.Bot client) with its Bot API
/// pointed at a <see cref="FakeBotApiServer"/>.
/// </summary>
internal sealed class TelegramBotHost : IAsyncDisposable
{
    public const string Secret = "rahasia_webhook-123";

    private readonly WebApplication app;

    private TelegramBotHost(WebApplication app, HttpClient http)
    {
        this.app = app;
        Http = http;
    }

    public HttpClient Http { get; }

    public IServiceProvider Services => app.Services;

    public static async Task<TelegramBotHost> StartAsync(
        FakeBotApiServer api,
        string dbPath,
        TelegramMode mode,
        Action<BotDbContext>? seed = null,
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configure = null)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddCommandLineSettings(new ParsedCommand(Verb.Serve)
        {
            DbPath = dbPath,
            Settings = new Dictionary<string, string?>
            {
                ["Telegram:BotToken"] = FakeBotApiServer.Token,
                ["Telegram:ApiBaseUrl"] = api.BaseUrl,
                ["Telegram:Mode"] = mode.ToString(),
                ["Telegram:WebhookUrl"] = "https://bot.example.test/webhooks/telegram",
                ["Telegram:WebhookSecret"] = Secret,
                ["Telegram:PollingTimeoutSeconds"] = "1",
                ["Telegram:OutboxPollSeconds"] = "0.05",
                ["Telegram:PerChatMessagesPerSecond"] = "50",
                ["Telegram:PerChatBurst"] = "20",
            },
        });
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.Configuration[key] = value;
        }

        builder.AddBotDatabase();
        builder.AddConversations();
        builder.AddTurnPrivacy();
        builder.AddOutbox();
        builder.AddTelegram();
        configure?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapTelegram();
        if (seed is not null)
        {
            await using var db = await app.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
            await db.Database.MigrateAsync();
            seed(db);
            await db.SaveChangesAsync();
        }

        await app.StartAsync();
        var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        return new TelegramBotHost(app, http);
    }

    /// <summary>Posts an update to the webhook as Telegram would.</summary>
    public Task<HttpResponseMessage> PostUpdateAsync(string json, string? secret = Secret)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, TelegramWebhookEndpoint.Path)
        {
            Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json"),
        };
        if (secret is not null)
        {
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        }

        return Http.SendAsync(request);
    }

    /// <summary>
    /// Answers as the person would over the webhook ("#id" presses that button of the latest keyboard) and
    /// waits until the reply has been sent.
    /// </summary>
    public async Task AnswerAsync(string answer, long updateId)
    {
        var sentBefore = await QueryAsync(db => db.OutboxMessages.CountAsync(m => m.SentAt != null));
        var json = answer.StartsWith('#')
            ? TelegramTestUpdates.CallbackJson(answer[1..], updateId, messageId: await CurrentKeyboardMessageIdAsync())
            : TelegramTestUpdates.TextJson(answer, updateId);
        var response = await PostUpdateAsync(json);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        await Eventually.TrueAsync(
            async () => await QueryAsync(db => db.OutboxMessages.CountAsync(m => m.SentAt != null)) > sentBefore
                && !await QueryAsync(db => db.OutboxMessages.AnyAsync(m => m.SentAt == null && m.AbandonedAt == null)),
            $"the reply to '{answer}'");
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

    /// <summary>The message_id of the chat's latest question with inline buttons, once it has been sent.</summary>
    public async Task<int> CurrentKeyboardMessageIdAsync()
    {
        string? id = null;
        await Eventually.TrueAsync(
            async () => (id = await QueryAsync(db => db.OutboxMessages
                .Where(m => m.ChoicesJson != "[]" && !m.RequestContact)
                .OrderByDescending(m => m.Id)
                .Select(m => m.SentAt == null ? null : m.ExternalMessageId)
                .FirstOrDefaultAsync())) is not null,
            "the latest keyboard sent");
        return int.Parse(id!, System.Globalization.CultureInfo.InvariantCulture);
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
