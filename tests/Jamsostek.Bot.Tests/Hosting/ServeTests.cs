using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Jamsostek.Bot.Tests.TestSupport;

namespace Jamsostek.Bot.Tests.Hosting;

/// <summary>The README's run command: the built binary starts, migrates its database and answers /health.</summary>
public sealed class ServeTests
{
    [Fact]
    public async Task Serve_AnswersHealth_WhenStartedFromTheBuildOutput()
    {
        using var database = new TempDatabase();
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { BotDll(), "serve", "--urls", $"http://127.0.0.1:{port}", "--db", database.DbPath },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = database.Folder,
        };
        using var process = Process.Start(start)!;
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
            var deadline = DateTime.UtcNow.AddSeconds(60);
            string? body = null;
            while (DateTime.UtcNow < deadline && !process.HasExited && body is null)
            {
                try
                {
                    using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/health"));
                    body = response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadAsStringAsync() : null;
                }
                catch (HttpRequestException)
                {
                    await Task.Delay(200);
                }
                catch (TaskCanceledException)
                {
                }
            }

            Assert.True(body == "ok", $"no 200 ok from /health; process output:\n{output}");
            Assert.True(File.Exists(database.DbPath));
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task Chat_AnswersMessage_WhenSameBinaryRunsWithNoConfiguration()
    {
        using var database = new TempDatabase();
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { BotDll(), "chat", "--json", "--db", database.DbPath },
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = database.Folder,
        };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteLineAsync("halo");
        await process.StandardInput.WriteLineAsync("daftar");
        process.StandardInput.Close();
        var stdout = await process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);

        Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}; stderr:\n{await stderr}");
        Assert.Contains("\"type\":\"message\"", stdout, StringComparison.Ordinal);
        Assert.Contains("\"dialog\":\"registrasi-bpu\",\"step\":\"persetujuan\"", stdout, StringComparison.Ordinal);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Jamsostek.Bot.dll next to the tests if it can run there, else in src/Jamsostek.Bot/bin of the same configuration.</summary>
    private static string BotDll()
    {
        var here = Path.Combine(AppContext.BaseDirectory, "Jamsostek.Bot.dll");
        if (File.Exists(Path.Combine(AppContext.BaseDirectory, "Jamsostek.Bot.runtimeconfig.json")))
        {
            return here;
        }

        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Jamsostek.Bot.sln")))
        {
            root = root.Parent;
        }

        return Path.Combine(root!.FullName, "src", "Jamsostek.Bot", "bin", configuration, "net10.0", "Jamsostek.Bot.dll");
    }
}
