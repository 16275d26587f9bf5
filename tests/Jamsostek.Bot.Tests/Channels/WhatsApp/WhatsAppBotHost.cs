using System.Text;
using Jamsostek.Bot.Channels.WhatsApp;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

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

    private readonly ChannelBotHost host;

    private WhatsAppBotHost(ChannelBotHost host) => this.host = host;

    public HttpClient Http => host.Http;

    public IServiceProvider Services => host.Services;

    public static async Task<WhatsAppBotHost> StartAsync(
        FakeGraphApiServer api, string dbPath, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null,
        bool backgroundOutbox = true) =>
        new(await ChannelBotHost.StartAsync(TestChannel.WhatsApp, dbPath, new Dictionary<string, string?>
        {
            ["WhatsApp:AccessToken"] = FakeGraphApiServer.Token,
            ["WhatsApp:PhoneNumberId"] = FakeGraphApiServer.PhoneNumberId,
            ["WhatsApp:AppSecret"] = AppSecret,
            ["WhatsApp:VerifyToken"] = VerifyToken,
            ["WhatsApp:ApiBaseUrl"] = api.BaseUrl,
            ["WhatsApp:OutboxPollSeconds"] = "0.05",
            ["WhatsApp:PerRecipientBurst"] = "50",
        }, settings, configure, backgroundOutbox: backgroundOutbox));

    /// <summary>Posts a webhook body signed with the app secret (or the given signature).</summary>
    public Task<HttpResponseMessage> PostAsync(string json, string? signature = null)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var request = new HttpRequestMessage(HttpMethod.Post, WhatsAppWebhookEndpoint.Path) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.Add("X-Hub-Signature-256", signature ?? WhatsAppSignature.Sign(bytes, AppSecret));
        return Http.SendAsync(request);
    }

    /// <summary>Returns once the outbox dispatcher has made two whole passes after this call.</summary>
    public Task OutboxSettledAsync() => host.OutboxSettledAsync();

    public Task<T> QueryAsync<T>(Func<BotDbContext, Task<T>> query) => host.QueryAsync(query);

    public ValueTask DisposeAsync() => host.DisposeAsync();
}
