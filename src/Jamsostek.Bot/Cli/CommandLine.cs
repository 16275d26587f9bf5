using System.Globalization;

namespace Jamsostek.Bot.Cli;

/// <summary>Hand-parses the verbs and options of the one binary; a bad line gives a usage error (exit code 2).</summary>
public static class CommandLine
{
    public const int UsageExitCode = 2;

    public const string Usage = """
        Pemakaian / usage: Jamsostek.Bot [verb] [options]
          serve                    web host (default), --urls URL (default http://127.0.0.1:5080)
          chat [--user ID] [--json]  chat in the terminal, one message per stdin line
          signups list [--status pending|approved|rejected|withdrawn|held] [--json]
          db migrate               apply database migrations and exit
          ask [--json] ["question"]  answer benefit questions (one a line from stdin without a question)
          officers add USERNAME --role admin|petugas|sponsor [--regency 63.06 ...] [--sponsor CODE,...] [--password P]  (else the password is read from stdin)
          officers list
          signups approve ID --kpj 11-DIGITS --officer USERNAME
          signups reject ID --reason "TEXT" --officer USERNAME
          sponsors add CODE --name NAME --regency 63.06 [--quota-per-village 100] [--village-quota "63.06.01.2001=120;..."]
                   [--quota 5000] [--legal-basis TEXT] [--budget-year 2026] [--period 2026-01..2026-12] [--groups "A,B"]
                   [--programs JKK,JKM[,JHT]]
          sponsors import CODE FILE [--dry-run] [--json]  check a beneficiary list (CSV/XLSX) and invite its valid rows
          reminders plan [--json]  one reminder planning pass at --now (default: the clock); prints what it queued
          reminders list --member ID [--json]
          members list [--json]
          payments import FILE.csv  header nik,kpj,months,amount,paid_at,reference; all rows or none
          agents add NAME --kind kader|perisai|rt --regency 63.06 [--village 63.06.05.1001] --phone 0812...  prints the link code
          agents list
          keys rotate              new active key for personal fields (key file), every value re-encrypted under it
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
            if (value is null && name is not ("json" or "dry-run"))
            {
                if (i + 1 >= args.Count)
                {
                    return (null, $"Opsi --{name} perlu nilai / option --{name} needs a value.");
                }

                value = args[++i];
            }

            if (name == "regency")
            {
                // --regency 63.06 63.07 (several codes after one option), repeated, or comma-separated.
                while (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    value += "," + args[++i];
                }

                value = options.TryGetValue(name, out var earlier) ? earlier + "," + value : value;
            }

            options[name] = value;
        }

        var (verb, arity) = words.Count switch
        {
            0 => (Verb.Serve, 0),
            _ => (words[0], words.ElementAtOrDefault(1)) switch
            {
                ("serve", _) => (Verb.Serve, 1),
                ("chat", _) => (Verb.Chat, 1),
                ("ask", _) => (Verb.Ask, 1),
                ("signups", "list") => (Verb.SignUpsList, 2),
                ("signups", "approve") => (Verb.SignUpsApprove, 2),
                ("signups", "reject") => (Verb.SignUpsReject, 2),
                ("db", "migrate") => (Verb.DbMigrate, 2),
                ("officers", "add") => (Verb.OfficersAdd, 2),
                ("officers", "list") => (Verb.OfficersList, 2),
                ("sponsors", "add") => (Verb.SponsorsAdd, 2),
                ("sponsors", "import") => (Verb.SponsorsImport, 2),
                ("reminders", "plan") => (Verb.RemindersPlan, 2),
                ("reminders", "list") => (Verb.RemindersList, 2),
                ("members", "list") => (Verb.MembersList, 2),
                ("payments", "import") => (Verb.PaymentsImport, 2),
                ("keys", "rotate") => (Verb.KeysRotate, 2),
                ("agents", "add") => (Verb.AgentsAdd, 2),
                ("agents", "list") => (Verb.AgentsList, 2),
                _ => (default(Verb?), 0),
            },
        };
        var arguments = words.Skip(arity).ToList();
        if (verb is null || (verb != Verb.Ask && arguments.Count != ExpectedArguments(verb.Value)))
        {
            return (null, $"Perintah tidak dikenal / unknown command: '{string.Join(' ', words)}'.");
        }

        var (command, error) = Build(verb.Value, options);
        if (command is null)
        {
            return (null, error);
        }

        return verb == Verb.Ask
            ? (command with { Question = arguments.Count > 0 ? string.Join(' ', arguments) : null }, null)
            : (command with { Arguments = arguments }, null);
    }

    private static int ExpectedArguments(Verb verb) => verb switch
    {
        Verb.SponsorsImport => 2,
        Verb.OfficersAdd or Verb.SignUpsApprove or Verb.SignUpsReject or Verb.SponsorsAdd or Verb.PaymentsImport or Verb.AgentsAdd => 1,
        _ => 0,
    };

    /// <summary>
    /// What `signups list --status` takes, spelled as the usage spells it. The stored spelling is SignUps/'
    /// SignUpStatusCodes; Cli/ does not depend on the rooms whose verbs it parses, and a test keeps the two equal.
    /// </summary>
    public static IReadOnlyList<string> SignUpStatuses { get; } = ["pending", "approved", "rejected", "withdrawn", "held"];

    private static readonly Dictionary<Verb, string[]> VerbOptions = new()
    {
        [Verb.OfficersAdd] = ["role", "regency", "sponsor", "password"],
        [Verb.SignUpsApprove] = ["kpj", "officer"],
        [Verb.SignUpsReject] = ["reason", "officer"],
        [Verb.SponsorsAdd] = ["name", "regency", "quota-per-village", "quota", "legal-basis", "budget-year", "period", "groups", "programs", "village-quota"],
        [Verb.RemindersList] = ["member"],
        [Verb.AgentsAdd] = ["kind", "regency", "village", "phone"],
    };

    private static (ParsedCommand?, string?) Build(Verb verb, Dictionary<string, string?> options)
    {
        var command = new ParsedCommand(verb);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
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
                case "json" when verb is Verb.Chat or Verb.SignUpsList or Verb.Ask or Verb.RemindersPlan or Verb.RemindersList or Verb.MembersList or Verb.PaymentsImport or Verb.SponsorsImport: command = command with { Json = true }; break;
                case "dry-run" when verb == Verb.SponsorsImport: command = command with { DryRun = true }; break;
                case "status" when verb == Verb.SignUpsList && value is not null && SignUpStatuses.Contains(value, StringComparer.Ordinal): command = command with { Status = value }; break;
                case "status" when verb == Verb.SignUpsList: return (null, $"--status '{value}': pending, approved, rejected, withdrawn atau/or held.");
                case "urls" when verb == Verb.Serve: command = command with { Urls = value }; break;
                case "environment" when verb == Verb.Serve: settings["environment"] = value; break; // serve's host environment (cookies, HSTS); also passed by WebApplicationFactory
                case "contentRoot" or "applicationName" when verb == Verb.Serve: break; // passed by WebApplicationFactory; the test host applies them itself
                case var key when key.Contains(':', StringComparison.Ordinal): settings[key] = value; break;
                case var own when VerbOptions.TryGetValue(verb, out var allowed) && allowed.Contains(own) && value is not null: values[own] = value; break;
                default: return (null, $"Opsi tidak dikenal untuk perintah ini / unknown option for this command: --{name}.");
            }
        }

        return (command with { Settings = settings, Values = values }, null);
    }
}
