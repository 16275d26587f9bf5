using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Telegram.Bot;

namespace Jamsostek.Bot.Tests.TestSupport;

/// <summary>
/// A real HTTP server on 127.0.0.1 (random port) speaking enough of the Bot API for the real
/// TelegramBotClient: POST /bot{token}/{method}. Records every call; answers can be scripted per method.
/// </summary>
public sealed class FakeBotApiServer : IAsyncDisposable
{
    public const string Token = "123456:TEST-token_abc";
    public const long BotUserId = 123456;
    private static readonly TimeSpan MaxLongPoll = TimeSpan.FromSeconds(2);
    private readonly Lock gate = new();
    private readonly List<RecordedBotApiCall> calls = [];
    private readonly Dictionary<string, Queue<FakeBotApiResponse>> scripts = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(long Id, string Json)> updates = [];
    private readonly WebApplication app;
    private readonly TaskCompletionSource longPollWaiting = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TimeProvider time;
    private TaskCompletionSource updateArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int nextMessageId = 1000;

    private FakeBotApiServer(WebApplication app, TimeProvider time)
    {
        this.app = app;
        this.time = time;
    }

    /// <summary>Completes once a getUpdates call is waiting for an update (its long poll has begun).</summary>
    public Task LongPollWaiting => longPollWaiting.Task;

    public string BaseUrl { get; private set; } = string.Empty;

    public IReadOnlyList<RecordedBotApiCall> Calls
    {
        get { lock (gate) { return [.. calls]; } }
    }

    /// <param name="time">
    /// The clock of slow answers and long polls. A FakeTimeProvider that is never advanced makes them wait for
    /// ever, so a test can show that something else (an update, a cancellation) ended the wait.
    /// </param>
    public static async Task<FakeBotApiServer> StartAsync(TimeProvider? time = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");
        var server = new FakeBotApiServer(app, time ?? TimeProvider.System);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = address.TrimEnd('/');
        return server;
    }

    public TelegramBotClient CreateClient(HttpClient? httpClient = null) =>
        new(new TelegramBotClientOptions(Token, BaseUrl) { RetryThreshold = 0 }, httpClient);

    public IReadOnlyList<RecordedBotApiCall> CallsTo(string method) =>
        Calls.Where(c => string.Equals(c.Method, method, StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>The next calls of this method get these answers, in order; then normal success again.</summary>
    public void Script(string method, params FakeBotApiResponse[] responses)
    {
        lock (gate)
        {
            if (!scripts.TryGetValue(method, out var queue))
            {
                scripts[method] = queue = new Queue<FakeBotApiResponse>();
            }

            foreach (var response in responses)
            {
                queue.Enqueue(response);
            }
        }
    }

    /// <summary>Queues an update (JSON with an update_id) for getUpdates.</summary>
    public void EnqueueUpdate(string updateJson)
    {
        var id = JsonDocument.Parse(updateJson).RootElement.GetProperty("update_id").GetInt64();
        lock (gate)
        {
            updates.Add((id, updateJson));
            updateArrived.TrySetResult();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var segments = (context.Request.Path.Value ?? string.Empty).Trim('/').Split('/');
        if (!HttpMethods.IsPost(context.Request.Method) || segments.Length != 2 || segments[0] != "bot" + Token)
        {
            await WriteAsync(context, 401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
            return;
        }

        var method = segments[1];
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        FakeBotApiResponse response;
        lock (gate)
        {
            calls.Add(new RecordedBotApiCall(method, body));
            response = scripts.TryGetValue(method, out var queue) && queue.Count > 0 ? queue.Dequeue() : FakeBotApiResponse.Success;
        }

        if (response.Delay > TimeSpan.Zero)
        {
            await Task.Delay(response.Delay, time, context.RequestAborted);
        }

        var json = response.Json ?? await SuccessAsync(method, body, context.RequestAborted);
        await WriteAsync(context, response.StatusCode, json);
    }

    private async Task<string> SuccessAsync(string method, string body, CancellationToken cancellationToken)
    {
        var request = string.IsNullOrEmpty(body) ? default : JsonDocument.Parse(body).RootElement;
        string result = method.ToLowerInvariant() switch
        {
            "getme" => $"{{\"id\":{BotUserId},\"is_bot\":true,\"first_name\":\"Jamsostek\",\"username\":\"jamsostek_test_bot\"}}",
            "sendmessage" => MessageJson(Interlocked.Increment(ref nextMessageId), request),
            "editmessagetext" or "editmessagereplymarkup" => MessageJson(request.GetProperty("message_id").GetInt32(), request),
            "getupdates" => await UpdatesAsync(request, cancellationToken),
            _ => "true",
        };
        return $"{{\"ok\":true,\"result\":{result}}}";
    }

    private static string MessageJson(int messageId, JsonElement request)
    {
        var chatId = request.GetProperty("chat_id");
        var chat = chatId.ValueKind == JsonValueKind.Number ? chatId.GetRawText() : chatId.GetString();
        var date = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var text = request.TryGetProperty("text", out var t) ? JsonSerializer.Serialize(t.GetString()) : "\"\"";
        var markup = request.TryGetProperty("reply_markup", out var m) && m.TryGetProperty("inline_keyboard", out _)
            ? ",\"reply_markup\":" + m.GetRawText()
            : string.Empty;
        return $"{{\"message_id\":{messageId},\"date\":{date},\"chat\":{{\"id\":{chat},\"type\":\"private\"}},"
            + $"\"from\":{{\"id\":{BotUserId},\"is_bot\":true,\"first_name\":\"Jamsostek\"}},\"text\":{text}{markup}}}";
    }

    private async Task<string> UpdatesAsync(JsonElement request, CancellationToken cancellationToken)
    {
        var offset = request.ValueKind == JsonValueKind.Object && request.TryGetProperty("offset", out var o) ? o.GetInt64() : 0;
        var timeout = request.ValueKind == JsonValueKind.Object && request.TryGetProperty("timeout", out var s)
            ? TimeSpan.FromSeconds(s.GetInt32())
            : TimeSpan.Zero;
        var deadline = time.GetUtcNow() + (timeout < MaxLongPoll ? timeout : MaxLongPoll);
        while (true)
        {
            Task arrived;
            lock (gate)
            {
                updates.RemoveAll(u => u.Id < offset);
                if (updates.Count > 0 || time.GetUtcNow() >= deadline)
                {
                    return "[" + string.Join(',', updates.Select(u => u.Json)) + "]";
                }

                if (updateArrived.Task.IsCompleted)
                {
                    updateArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                }

                arrived = updateArrived.Task;
            }

            var left = deadline - time.GetUtcNow();
            if (left > TimeSpan.Zero)
            {
                longPollWaiting.TrySetResult();
                await Task.WhenAny(arrived, Task.Delay(left, time, cancellationToken));
            }
        }
    }

    private static async Task WriteAsync(HttpContext context, int status, string json)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(json, context.RequestAborted);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"FakeBotApiServer({BaseUrl})");
}
