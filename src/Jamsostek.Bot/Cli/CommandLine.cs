using System.Globalization;
using Jamsostek.Bot.SignUps;

namespace Jamsostek.Bot.Cli;

/// <summary>Hand-parses the verbs and options of the one binary; a bad line gives a usage error (exit code 2).</summary>
public static class CommandLine
{
    public const int UsageExitCode = 2;

    public const string Usage = """
        Pemakaian / usage: Jamsostek.Bot [verb] [options]
          serve                    web host (default), --urls URL (default http://127.0.0.1:5080)
          chat [--user ID] [--json]  chat in the terminal, one message per stdin line
          signups list [--status pending|approved|rejected|withdrawn] [--json]
          db migrate               apply database migrations and exit
          ask [--json] ["question"]  answer benefit questions (one a line from stdin without a question)
        Every verb: --db PATH (SQLite file, default ./data/jamsostek.db), --now ISO-8601 (pins the clock),
                    --Section:Key VALUE (any setting)
        """;

    public static (ParsedCommand? Command, string? Error) Parse(IReadOnlyList<string> args)
    {
        var words = new List<string>();
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                words.Add(arg);
                continue;
            }

            var (name, value) = arg.IndexOf('=', StringComparison.Ordinal) is var eq and > 0 ? (arg[2..eq], arg[(eq + 1)..]) : (arg[2..], null);
            if (value is null && name != "json")
            {
                if (i + 1 >= args.Count)
                {
                    return (null, $"Opsi --{name} perlu nilai / option --{name} needs a value.");
                }

                value = args[++i];
            }

            options[name] = value;
        }

        if (words.Count > 0 && words[0] == "ask")
        {
            var (ask, error) = Build(Verb.Ask, options);
            return (ask is null ? null : ask with { Question = words.Count > 1 ? string.Join(' ', words.Skip(1)) : null }, error);
        }

        var verb = string.Join(' ', words) switch
        {
            "" or "serve" => Verb.Serve,
            "chat" => Verb.Chat,
            "signups list" => Verb.SignUpsList,
            "db migrate" => Verb.DbMigrate,
            _ => (Verb?)null,
        };
        if (verb is null)
        {
            return (null, $"Perintah tidak dikenal / unknown command: '{string.Join(' ', words)}'.");
        }

        return Build(verb.Value, options);
    }

    private static (ParsedCommand?, string?) Build(Verb verb, Dictionary<string, string?> options)
    {
        var command = new ParsedCommand(verb);
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in options)
        {
            switch (name)
            {
                case "db": command = command with { DbPath = value }; break;
                case "now" when DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var now):
                    command = command with { Now = now };
                    break;
                case "now": return (null, $"--now '{value}' bukan waktu ISO-8601 / is not an ISO-8601 instant, e.g. 2026-05-01T09:00:00+08:00.");
                case "user" when verb is Verb.Chat or Verb.Ask && !string.IsNullOrWhiteSpace(value): command = command with { User = value }; break;
                case "json" when verb is Verb.Chat or Verb.SignUpsList or Verb.Ask: command = command with { Json = true }; break;
                case "status" when verb == Verb.SignUpsList && SignUpStatusCodes.TryParse(value, out _): command = command with { Status = value }; break;
                case "status" when verb == Verb.SignUpsList: return (null, $"--status '{value}': pending, approved, rejected atau/or withdrawn.");
                case "urls" when verb == Verb.Serve: command = command with { Urls = value }; break;
                case var key when key.Contains(':', StringComparison.Ordinal): settings[key] = value; break;
                default: return (null, $"Opsi tidak dikenal untuk perintah ini / unknown option for this command: --{name}.");
            }
        }

        return (command with { Settings = settings }, null);
    }
}
