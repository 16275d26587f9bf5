using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Jamsostek.Bot.PerfFloor;
using Telegram.Bot;

// Usage: dotnet Jamsostek.Bot.PerfFloor.dll --port 8081 --api http://127.0.0.1:9000 --db /tmp/floor.db
//        [--full-sync] [--dedupe] [--transcript] [--outbox] [--group-commit] [--telegram-bot] [--full-host] [--ef]
//        [--pooled-reads] [--reprepare]
//        (see README.md)
string Arg(string name, string fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;

var work = FloorWork.FromArgs(args);
var builder = work.FullHost ? WebApplication.CreateBuilder() : WebApplication.CreateSlimBuilder();
if (work.FullHost)
{
    builder.Logging.SetMinimumLevel(LogLevel.Warning);
}
else
{
    builder.Logging.ClearProviders();
}

builder.WebHost.UseUrls($"http://127.0.0.1:{Arg("--port", "8081")}");
var store = new FloorStore(Arg("--db", "floor.db"), work);
var flow = new FloorFlow(store);
var apiRoot = Arg("--api", "http://127.0.0.1:9000");
var api = new FloorBotApi(new HttpClient { BaseAddress = new Uri($"{apiRoot}/bot123456:FLOOR/") });
var telegram = new FloorTelegramBot(new TelegramBotClient(new TelegramBotClientOptions("123456:FLOOR", apiRoot), new HttpClient()));
var secret = Encoding.UTF8.GetBytes(Arg("--secret", "peer_Secret-123"));

var app = builder.Build();
app.MapGet("/healthz", () => Results.Ok());
app.MapPost("/webhooks/telegram", async (HttpRequest request, CancellationToken cancellationToken) =>
{
    var given = Encoding.UTF8.GetBytes(request.Headers["X-Telegram-Bot-Api-Secret-Token"].ToString());
    if (!CryptographicOperations.FixedTimeEquals(given, secret))
    {
        return Results.Unauthorized();
    }

    FloorInbound? inbound;
    try
    {
        if (work.TelegramBot)
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body, cancellationToken);
            inbound = FloorTelegramBot.Parse(body.GetBuffer().AsSpan(0, (int)body.Length));
        }
        else
        {
            using var update = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
            inbound = FloorInbound.Parse(update.RootElement);
        }
    }
    catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
    {
        // Not an update: refused with 400, as Telegram would see it, and never redelivered in a loop.
        return Results.BadRequest("not a Telegram update");
    }

    if (inbound is null)
    {
        return Results.Ok();
    }

    var (calls, outboxIds) = await store.TurnAsync(inbound, state => flow.Handle(state, inbound));
    var next = 0;
    foreach (var call in calls)
    {
        await (work.TelegramBot ? telegram.SendAsync(call, cancellationToken) : api.SendAsync(call, cancellationToken));
        if (call.Text is not null && next < outboxIds.Length)
        {
            await store.MarkSentAsync(outboxIds[next++]);
        }
    }

    return Results.Ok();
});
Console.WriteLine($"floor bot: {work}");
await app.RunAsync();
