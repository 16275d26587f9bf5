using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Jamsostek.Bot.Benchmarks.Webhook;

/// <summary>
/// End to end through the real webhook (issue 12): the bot runs as its own process (<c>serve</c>, Release, pacing lifted
/// unless --paced), a fake Bot API listens on 127.0.0.1, and N simulated workers register, C at once. Reports turns/s,
/// p50/p99 reply latency (to the reply's last message arriving at the fake API), Bot API calls per turn, the bot's peak
/// RSS, and checks through <c>signups list --json</c> that every completed registration is stored exactly once.
/// <code>dotnet run -c Release --project tests/Jamsostek.Bot.Benchmarks -- webhook [--workers 300] [--concurrency 50] [--think-ms 0] [--paced] [--replicas 1] [--spread chat|turn]</code>
/// The database is a fresh SQLite file, or a fresh PostgreSQL database when JAMSOSTEK_BENCH_SETTINGS says so (see
/// <see cref="BenchDatabase"/>); on PostgreSQL --replicas N starts N bot processes on N loopback ports after one
/// <c>db migrate</c>, and each chat's updates go to one of them (--spread chat) or each update to the next (--spread turn).
/// </summary>
public static class WebhookBenchmark
{
    // Bot API methods the bot put in its webhook responses (a pressed button's acknowledgement): no HTTP call of their own.
    private static long inResponses;

    private const string Secret = "bench_Secret-123";

    public static async Task<int> RunAsync(string[] args)
    {
        var workers = Option(args, "--workers", 300);
        var concurrency = Option(args, "--concurrency", 50);
        var thinkMs = Option(args, "--think-ms", 0);
        var maxSeconds = Option(args, "--max-seconds", 300);
        var paced = args.Contains("--paced");
        var replicas = Option(args, "--replicas", 1);
        var spreadTurns = Array.IndexOf(args, "--spread") is var s && s >= 0 && s + 1 < args.Length && args[s + 1] == "turn";
        var folder = Directory.CreateTempSubdirectory("jamsostek-webhook-");
        await using var database = await BenchDatabase.CreateAsync(folder.FullName);
        if (replicas > 1 && !database.IsPostgres)
        {
            throw new InvalidOperationException("--replicas above 1 needs PostgreSQL (JAMSOSTEK_BENCH_SETTINGS): SQLite is one process.");
        }

        await using var api = await FakeTelegramApi.StartAsync();
        var settings = BotSettings(database.Args, api.BaseUrl, paced);
        using (var migrate = StartBot(["db", "migrate", .. database.Args], database.Environment))
        {
            await migrate.WaitForExitAsync(); // once, before the replicas, as deploy/compose.yaml's migrate service
            if (migrate.ExitCode != 0)
            {
                throw new InvalidOperationException($"db migrate exited with code {migrate.ExitCode}");
            }
        }

        var bots = new List<Process>();
        var https = new List<HttpClient>();
        for (var r = 0; r < replicas; r++)
        {
            var port = FreePort();
            bots.Add(StartBot(["serve", "--urls", $"http://127.0.0.1:{port}", .. settings], database.Environment));
            https.Add(new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(60) });
        }

        for (var r = 0; r < replicas; r++)
        {
            await WaitHealthyAsync(https[r], bots[r]);
        }

        var latencies = new List<double>();
        int turns = 0, completed = 0, stuck = 0, errors = 0, updateId = 0, next = 0;
        var deadline = Stopwatch.StartNew();
        var clock = Stopwatch.StartNew();
        async Task WorkerAsync(int index)
        {
            var worker = new SimulatedWorker(index);
            var inbox = api.Inbox(worker.Chat);
            (string? Text, string? Data, long MessageId) send = ("/start", null, 0);
            for (var t = 0; t < 45 && deadline.Elapsed.TotalSeconds < maxSeconds; t++)
            {
                var seen = inbox.Count;
                var started = DateTimeOffset.UtcNow;
                var id = Interlocked.Increment(ref updateId);
                var update = Update(id, worker.Chat, send);
                var http = https[(spreadTurns ? id : index) % replicas];
                var status = await PostAsync(http, update);
                for (var r = 0; status != 200 && r < 30; r++)
                {
                    Interlocked.Increment(ref errors); // as Telegram: the same update again until it is taken
                    await Task.Delay(1000);
                    status = await PostAsync(http, update);
                }

                var sent = status == 200 ? await WaitReplyAsync(inbox, seen) : [];
                if (!SimulatedWorker.IsWhole(sent))
                {
                    Interlocked.Increment(ref stuck);
                    return;
                }

                Interlocked.Increment(ref turns);
                lock (latencies)
                {
                    latencies.Add((sent[^1].At - started).TotalMilliseconds);
                }

                if (SimulatedWorker.IsDone(sent))
                {
                    Interlocked.Increment(ref completed);
                    return;
                }

                send = worker.Answer(sent, first: t == 0);
                if (thinkMs > 0)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(thinkMs * (0.5 + Random.Shared.NextDouble())));
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Math.Min(concurrency, workers)).Select(_ => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next) - 1; i < workers; i = Interlocked.Increment(ref next) - 1)
            {
                await WorkerAsync(i);
            }
        })));
        var seconds = clock.Elapsed.TotalSeconds;
        var peakRssMb = bots.Select(PeakRssMb).ToList();
        foreach (var bot in bots)
        {
            bot.Kill(entireProcessTree: true);
            await bot.WaitForExitAsync();
            bot.Dispose();
        }

        https.ForEach(h => h.Dispose());
        var (stored, distinctChats) = await StoredSignUpsAsync(database);
        latencies.Sort();
        double Quantile(double q) => latencies.Count == 0 ? 0 : latencies[Math.Min(latencies.Count - 1, (int)(q * latencies.Count))];
        var report = new JsonObject
        {
            ["engine"] = database.Engine, ["replicas"] = replicas, ["spread"] = spreadTurns ? "turn" : "chat",
            ["workers"] = workers, ["concurrency"] = concurrency, ["think_ms"] = thinkMs, ["paced"] = paced,
            ["seconds"] = Math.Round(seconds, 2), ["turns"] = turns, ["turns_per_s"] = Math.Round(turns / seconds, 1),
            ["p50_ms"] = Math.Round(Quantile(0.5)), ["p99_ms"] = Math.Round(Quantile(0.99)),
            ["completed"] = completed, ["stuck"] = stuck, ["http_errors"] = errors,
            ["api_calls"] = api.Calls, ["api_calls_per_turn"] = Math.Round((double)api.Calls / Math.Max(1, turns), 2),
            ["api_calls_by_method"] = new JsonObject(api.CallsByMethod.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => KeyValuePair.Create(m.Key, (JsonNode?)m.Value))),
            ["methods_in_webhook_responses"] = Interlocked.Read(ref inResponses),
            ["peak_rss_mb"] = peakRssMb.Max(), ["peak_rss_mb_each"] = new JsonArray([.. peakRssMb.Select(m => JsonValue.Create(m))]), ["signups_stored"] = stored, ["signups_distinct_niks"] = distinctChats,
            ["load_average"] = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : null,
        };
        Console.WriteLine(report.ToJsonString());
        var exactlyOnce = stored == completed && distinctChats == completed;
        if (!exactlyOnce)
        {
            await Console.Error.WriteLineAsync($"sign-ups stored {stored} (distinct NIKs {distinctChats}) for {completed} completed registrations");
        }

        folder.Delete(recursive: true);
        return exactlyOnce ? 0 : 1;
    }

    private static string[] BotSettings(string[] database, string apiBaseUrl, bool paced)
    {
        var settings = new List<string>
        {
            "--Telegram:BotToken", "123456:BENCH", "--Telegram:ApiBaseUrl", apiBaseUrl, "--Telegram:Mode", "Webhook",
            "--Telegram:WebhookUrl", "https://bot.example.org/webhooks/telegram", "--Telegram:WebhookSecret", Secret,
            "--Logging:LogLevel:Default", "Warning",
        };
        if (!paced)
        {
            settings.AddRange(["--Telegram:GlobalMessagesPerSecond", "1000000", "--Telegram:PerChatMessagesPerSecond", "1000000"]);
        }

        return [.. settings, .. database];
    }

    private static Process StartBot(IEnumerable<string> args, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Jamsostek.Bot.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } line && (line.Contains("fail", StringComparison.OrdinalIgnoreCase) || line.Contains("Unhandled", StringComparison.Ordinal) || line.Contains("Exception:", StringComparison.Ordinal))) { Console.Error.WriteLine(line); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitHealthyAsync(HttpClient http, Process bot)
    {
        for (var i = 0; i < 600; i++)
        {
            if (bot.HasExited)
            {
                throw new InvalidOperationException($"the bot exited with code {bot.ExitCode}");
            }

            try
            {
                if ((await http.GetAsync("/health")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("the bot did not start");
    }

    private static async Task<List<SentMessage>> WaitReplyAsync(ChatInbox inbox, int seen)
    {
        var timeout = Task.Delay(TimeSpan.FromSeconds(15));
        while (true)
        {
            var (since, next) = inbox.Read(seen);
            var sent = since.Where(m => !m.Edit).ToList();
            if (SimulatedWorker.IsWhole(sent))
            {
                // A bot may send the explanation and the question apart: a moment for the rest (as loadgen's settle).
                if (await Task.WhenAny(next, Task.Delay(25)) != next)
                {
                    return sent;
                }

                continue;
            }

            if (await Task.WhenAny(next, timeout) == timeout)
            {
                return sent;
            }
        }
    }

    private static JsonObject Update(int id, long chat, (string? Text, string? Data, long MessageId) send)
    {
        var from = new JsonObject { ["id"] = chat, ["is_bot"] = false, ["first_name"] = "Uji", ["language_code"] = "id" };
        var chatNode = new JsonObject { ["id"] = chat, ["type"] = "private" };
        return send.Data is { } data
            ? new JsonObject
            {
                ["update_id"] = id,
                ["callback_query"] = new JsonObject
                {
                    ["id"] = $"q{id}", ["from"] = from, ["chat_instance"] = "1", ["data"] = data,
                    ["message"] = new JsonObject { ["message_id"] = send.MessageId, ["date"] = 0, ["chat"] = chatNode, ["text"] = "?" },
                },
            }
            : new JsonObject
            {
                ["update_id"] = id,
                ["message"] = new JsonObject
                {
                    ["message_id"] = id, ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(), ["chat"] = chatNode, ["from"] = from, ["text"] = send.Text,
                },
            };
    }

    private static async Task<int> PostAsync(HttpClient http, JsonObject update)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/telegram") { Content = JsonContent.Create(update) };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", Secret);
        try
        {
            using var response = await http.SendAsync(request);
            if ((await response.Content.ReadAsStringAsync()).Contains("\"method\"", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref inResponses);
            }

            return (int)response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return 0;
        }
    }

    /// <summary>Through the bot's own CLI, so any provider is counted the same way.</summary>
    private static async Task<(int Stored, int DistinctChats)> StoredSignUpsAsync(BenchDatabase database)
    {
        using var cli = new Process { StartInfo = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false } };
        cli.StartInfo.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Jamsostek.Bot.dll"));
        foreach (var arg in (string[])["signups", "list", "--json", .. database.Args])
        {
            cli.StartInfo.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in database.Environment)
        {
            cli.StartInfo.Environment[key] = value;
        }

        cli.Start();
        var output = await cli.StandardOutput.ReadToEndAsync();
        await cli.WaitForExitAsync();
        var rows = JsonSerializer.Deserialize<List<JsonObject>>(output) ?? [];
        return (rows.Count, rows.Select(r => r["nik"]?.ToString()).Distinct().Count());
    }

    private static int PeakRssMb(Process process)
    {
        var status = $"/proc/{process.Id}/status";
        var line = File.Exists(status) ? File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal)) : null;
        return line is null ? 0 : int.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
