using System.Text;
using Jamsostek.Bot.Channels.WhatsApp;
using Jamsostek.Bot.Cli;
using Jamsostek.Bot.Conversations;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.Outbox;
using Jamsostek.Bot.Privacy;
using Jamsostek.Bot.Tests.Channels.Telegram;
using Jamsostek.Bot.Tests.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Jamsostek.Bot.Tests.Channels.WhatsApp;

/// <summary>
/// The real bot host (Kestrel on 127.0.0.1, real SQLite) with WhatsApp on and its Graph API pointed at a
/// <see cref="FakeGraphApiServer"/>; posts webhooks signed as Meta signs them.
/// </summary>
internal sealed class WhatsAppBotHost : IAsyncDisposable
{
    public const string AppSecret = "app-secret-uji";
    public const string VerifyToken = "verifikasi-uji";
    public const string Person = "6281234567890";

    private readonly WebApplication app;

    private WhatsAppBotHost(WebApplication app, HttpClient http)
    {
        this.app = app;
        Http = http;
    }

    public HttpClient Http { get; }

    public IServiceProvider Services => app.Services;

    public static async Task<WhatsAppBotHost> StartAsync(
        FakeGraphApiServer api, string dbPath, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddCommandLineSettings(new ParsedCommand(Verb.Serve)
        {
            DbPath = dbPath,
            Settings = new Dictionary<string, string?>
            {
                ["WhatsApp:AccessToken"] = FakeGraphApiServer.Token,
                ["WhatsApp:PhoneNumberId"] = FakeGraphApiServer.PhoneNumberId,
                ["WhatsApp:AppSecret"] = AppSecret,
                ["WhatsApp:VerifyToken"] = VerifyToken,
                ["WhatsApp:ApiBaseUrl"] = api.BaseUrl,
                ["WhatsApp:OutboxPollSeconds"] = "0.05",
                ["WhatsApp:PerRecipientBurst"] = "50",
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
        builder.AddWhatsApp();
        configure?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapWhatsApp();
        await app.StartAsync();
        return new WhatsAppBotHost(app, new HttpClient { BaseAddress = new Uri(app.Urls.First()) });
    }

    /// <summary>Posts a webhook body signed with the app secret (or the given signature).</summary>
    public Task<HttpResponseMessage> PostAsync(string json, string? signature = null)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var request = new HttpRequestMessage(HttpMethod.Post, WhatsAppWebhookEndpoint.Path) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.Add("X-Hub-Signature-256", signature ?? WhatsAppSignature.Sign(bytes, AppSecret));
        return Http.SendAsync(request);
    }

    /// <summary>Returns once the outbox dispatcher has woken and made two whole passes after this call.</summary>
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
