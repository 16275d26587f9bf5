using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Jamsostek.Bot.Tests.TestSupport;

/// <summary>
/// The built bot (src/Jamsostek.Bot's Jamsostek.Bot.dll) as a child process: <c>dotnet Jamsostek.Bot.dll serve</c> on
/// 127.0.0.1 with Telegram in webhook mode against a <see cref="FakeBotApiServer"/>, its metrics port on loopback. Only
/// a real process can be killed with SIGKILL and started again on the same database.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    public const string Secret = "rahasia_webhook-proses";

    private readonly Process process;
    private readonly StringBuilder output = new();

    private BotProcess(Process process, int port, int metricsPort)
    {
        this.process = process;
        Port = port;
        MetricsPort = metricsPort;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(60) };
    }

    public int Port { get; }

    public int MetricsPort { get; }

    public HttpClient Http { get; }

    /// <summary>What the process printed (stdout and stderr), for a failing test's message.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>
    /// The database arguments of the host for <paramref name="database"/>: its SQLite file, or its fresh PostgreSQL database.
    /// The file's folder is given on PostgreSQL too: the field-encryption key file lives there, shared with the test's reads.
    /// </summary>
    public static IReadOnlyList<string> DatabaseArguments(TestDb database) =>
        database.IsPostgres
            ? ["--db", database.DbPath, "--Database:Provider", "Postgres", "--ConnectionStrings:Default", database.ConnectionString!]
            : ["--db", database.DbPath];

    /// <summary>PostgreSQL when JAMSOSTEK_TEST_PG is set (a fresh database of its own), else SQLite.</summary>
    public static Task<TestDb> CreateDatabaseAsync() =>
        TestDb.CreateAsync(Environment.GetEnvironmentVariable("JAMSOSTEK_TEST_PG") is { Length: > 0 } ? TestDb.Postgres : TestDb.Sqlite);

    public static async Task<BotProcess> StartAsync(FakeBotApiServer api, IReadOnlyList<string> database, params string[] settings)
    {
        var (port, metricsPort) = (FreePort(), FreePort());
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryRoot(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])[
            BotDll(), "serve", "--urls", $"http://127.0.0.1:{port}",
            "--Telegram:BotToken", FakeBotApiServer.Token, "--Telegram:ApiBaseUrl", api.BaseUrl, "--Telegram:Mode", "Webhook",
            "--Telegram:WebhookUrl", "https://bot.example.test/webhooks/telegram", "--Telegram:WebhookSecret", Secret,
            "--Telegram:OutboxPollSeconds", "0.05", "--Telegram:PerChatMessagesPerSecond", "50", "--Telegram:PerChatBurst", "20",
            "--Telegram:GlobalMessagesPerSecond", "1000",
            "--Metrics:Port", metricsPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--Jobs:Enabled", "false",
            .. database, .. settings])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("ASPNETCORE_URLS");
        start.Environment["DOTNET_gcServer"] = "0";
        var child = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var bot = new BotProcess(child, port, metricsPort);
        child.OutputDataReceived += (_, e) => bot.Append(e.Data);
        child.ErrorDataReceived += (_, e) => bot.Append(e.Data);
        child.BeginOutputReadLine();
        child.BeginErrorReadLine();
        await bot.WaitReadyAsync();
        return bot;
    }

    /// <summary>Runs the built bot with <paramref name="arguments"/> until it exits (a start that fails): exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunUntilExitAsync(IReadOnlyList<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = RepositoryRoot(), RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in (string[])[BotDll(), .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("ASPNETCORE_URLS");
        using var child = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var stdout = child.StandardOutput.ReadToEndAsync();
        var stderr = child.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await child.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            child.Kill(entireProcessTree: true);
            throw new TimeoutException($"the bot did not exit within {timeout}:\n{await stdout}{await stderr}");
        }

        return (child.ExitCode, await stdout + await stderr);
    }

    /// <summary>Posts a Bot API update to the webhook as Telegram would (its secret header).</summary>
    public Task<HttpResponseMessage> PostUpdateAsync(string json, string secret = Secret)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Jamsostek.Bot.Channels.Telegram.TelegramWebhookEndpoint.Path)
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        return Http.SendAsync(request);
    }

    /// <summary>SIGKILL: no shutdown hook, no flush, requests in flight cut off.</summary>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!process.HasExited)
        {
            await KillAsync();
        }

        process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }

    private async Task WaitReadyAsync()
    {
        // Bounded: a cold start on a busy 2-core machine takes seconds, never a minute.
        for (var attempt = 0; attempt < 600; attempt++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"the bot exited with {process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = await Http.GetAsync(new Uri("/healthz", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"the bot did not answer /healthz:\n{Output}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Jamsostek.Bot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Jamsostek.Bot.sln not found above the test binaries");
    }

    /// <summary>The bot as built next to the tests (the project reference builds it with the same configuration).</summary>
    private static string BotDll()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name; // bin/<Configuration>/net10.0/
        var dll = Path.Combine(RepositoryRoot(), "src", "Jamsostek.Bot", "bin", configuration, "net10.0", "Jamsostek.Bot.dll");
        return File.Exists(dll) ? dll : Path.Combine(AppContext.BaseDirectory, "Jamsostek.Bot.dll");
    }
}
