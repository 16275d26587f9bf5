using System.Text.Json;
using Jamsostek.Bot.Cli;
using Microsoft.Extensions.DependencyInjection;

namespace Jamsostek.Bot.Tests.TestSupport;

/// <summary>
/// Runs a CLI verb in-process, exactly as the binary would (same parser, same host), with stdin given as
/// lines and stdout/stderr captured. For transcript tests:
/// <code>
/// var run = await BotCli.RunAsync(["chat", "--json", "--db", db.DbPath, "--now", "2026-05-01T09:00:00+08:00"], ["halo", "1"]);
/// var messages = run.JsonLines.Where(l => l.GetProperty("type").GetString() == "message");
/// </code>
/// <paramref name="configure"/> may replace services (a fake engine, FakeTimeProvider, IReferenceGenerator).
/// </summary>
public static class BotCli
{
    public static async Task<CliRun> RunAsync(string[] args, IEnumerable<string>? stdin = null, Action<IServiceCollection>? configure = null)
    {
        var (command, error) = CommandLine.Parse(args);
        if (command is null)
        {
            return new CliRun(CommandLine.UsageExitCode, string.Empty, error + Environment.NewLine + CommandLine.Usage);
        }

        using var input = new StringReader(string.Join('\n', stdin ?? []));
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var code = await CliHost.RunAsync(command, new TerminalIo(input, output, errors), configure);
        return new CliRun(code, output.ToString(), errors.ToString());
    }

    /// <summary>Shorthand for <c>chat --json</c> as one user.</summary>
    public static Task<CliRun> ChatJsonAsync(string dbPath, IEnumerable<string> lines, string? now = null, string user = "local", Action<IServiceCollection>? configure = null)
    {
        List<string> args = ["chat", "--json", "--user", user, "--db", dbPath];
        if (now is not null)
        {
            args.AddRange(["--now", now]);
        }

        return RunAsync([.. args], lines, configure);
    }
}

/// <summary>What a CLI run gave: exit code, stdout and stderr.</summary>
public sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public IReadOnlyList<string> Lines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();

    /// <summary>Each stdout line parsed as JSON (chat --json).</summary>
    public IReadOnlyList<JsonElement> JsonLines => Lines.Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
}
