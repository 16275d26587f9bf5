using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Jamsostek.Bot.Benchmarks.Webhook;

/// <summary>
/// The Bot API on 127.0.0.1 for the webhook benchmark: answers every method as Telegram would (a message for sendMessage and
/// editMessageText, true otherwise), counts the calls, and hands each message sent to its chat's inbox.
/// </summary>
public sealed class FakeTelegramApi : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<long, ChatInbox> inboxes = new();
    private long messageId = 1000;
    private long calls;
    private readonly ConcurrentDictionary<string, long> byMethod = new(StringComparer.Ordinal);

    private FakeTelegramApi(WebApplication app) => this.app = app;

    public string BaseUrl => app.Urls.First();

    public long Calls => Interlocked.Read(ref calls);

    /// <summary>Calls counted by Bot API method (which turns cost more than one call).</summary>
    public IReadOnlyDictionary<string, long> CallsByMethod => byMethod;

    public static async Task<FakeTelegramApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var api = new FakeTelegramApi(app);
        app.MapPost("/bot{token}/{method}", (string method, HttpRequest request) => api.AnswerAsync(method, request));
        await app.StartAsync();
        return api;
    }

    public ChatInbox Inbox(long chat) => inboxes.GetOrAdd(chat, _ => new ChatInbox());

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task<IResult> AnswerAsync(string method, HttpRequest request)
    {
        Interlocked.Increment(ref calls);
        byMethod.AddOrUpdate(method, 1, (_, n) => n + 1);
        var body = await JsonNode.ParseAsync(request.Body) as JsonObject ?? [];
        JsonNode result = true;
        if (method is "sendMessage" or "editMessageText")
        {
            var id = Interlocked.Increment(ref messageId);
            var chat = long.Parse(body["chat_id"]!.ToString(), System.Globalization.CultureInfo.InvariantCulture);
            var text = body["text"]?.GetValue<string>() ?? string.Empty;
            result = new JsonObject
            {
                ["message_id"] = id,
                ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                ["chat"] = new JsonObject { ["id"] = chat, ["type"] = "private" },
                ["text"] = text,
            };
            Inbox(chat).Deliver(new SentMessage(id, text, ButtonsOf(body), method == "editMessageText", DateTimeOffset.UtcNow));
        }
        else if (method == "getMe")
        {
            result = new JsonObject { ["id"] = 1, ["is_bot"] = true, ["first_name"] = "x", ["username"] = "x_bot" };
        }

        return Results.Content(new JsonObject { ["ok"] = true, ["result"] = result }.ToJsonString(), "application/json");
    }

    private static List<(string Text, string Data)> ButtonsOf(JsonObject body)
    {
        var markup = body["reply_markup"] is JsonValue raw && raw.TryGetValue<string>(out var json) ? JsonNode.Parse(json) : body["reply_markup"];
        return markup?["inline_keyboard"] is JsonArray rows
            ? [.. rows.OfType<JsonArray>().SelectMany(r => r).Select(b => (b!["text"]!.GetValue<string>(), b["callback_data"]?.GetValue<string>() ?? string.Empty))]
            : [];
    }
}

public sealed record SentMessage(long Id, string Text, List<(string Text, string Data)> Buttons, bool Edit, DateTimeOffset At);

/// <summary>One chat's messages from the bot; a worker waits here for its reply.</summary>
public sealed class ChatInbox
{
    private readonly List<SentMessage> messages = [];
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Deliver(SentMessage message)
    {
        TaskCompletionSource wake;
        lock (messages)
        {
            messages.Add(message);
            wake = changed;
            changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        wake.TrySetResult();
    }

    /// <summary>The messages since <paramref name="count"/>, and a task that completes at the next one.</summary>
    public (List<SentMessage> Since, Task Next) Read(int count)
    {
        lock (messages)
        {
            return (messages.Skip(count).ToList(), changed.Task);
        }
    }

    public int Count
    {
        get { lock (messages) { return messages.Count; } }
    }
}
