using Jamsostek.Bot.Channels.Telegram;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jamsostek.Bot.Tests.Channels.Telegram;

/// <summary>
/// The real bot host (Kestrel on 127.0.0.1, real SQLite, the real Telegram.Bot client) with its Bot API
/// pointed at a <see cref="FakeBotApiServer"/>.
/// </summary>
internal sealed class TelegramBotHost : IAsyncDisposable
{
    public const string Secret = "rahasia_webhook-123";

    private readonly ChannelBotHost host;

    private TelegramBotHost(ChannelBotHost host) => this.host = host;

    public HttpClient Http => host.Http;

    public IServiceProvider Services => host.Services;

    public static async Task<TelegramBotHost> StartAsync(
        FakeBotApiServer api,
        string dbPath,
        TelegramMode mode,
        Action<BotDbContext>? seed = null,
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configure = null) =>
        new(await ChannelBotHost.StartAsync(TestChannel.Telegram, dbPath, new Dictionary<string, string?>
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
        }, settings, configure, seed));

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

    /// <summary>Returns once the outbox dispatcher has made two whole passes after this call.</summary>
    public Task OutboxSettledAsync() => host.OutboxSettledAsync();

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

    public Task<T> QueryAsync<T>(Func<BotDbContext, Task<T>> query) => host.QueryAsync(query);

    public ValueTask DisposeAsync() => host.DisposeAsync();
}
