namespace Jamsostek.Bot.Cli;

/// <summary>A command line, parsed: the verb and its options.</summary>
public sealed record ParsedCommand(Verb Verb)
{
    public string? DbPath { get; init; }

    /// <summary>--now: the clock is pinned to this instant for the whole run.</summary>
    public DateTimeOffset? Now { get; init; }

    public string User { get; init; } = "local";

    public bool Json { get; init; }

    /// <summary>sponsors import --dry-run: check only, write nothing.</summary>
    public bool DryRun { get; init; }

    public string? Status { get; init; }

    public string? Urls { get; init; }

    /// <summary>ask: the question given on the command line (else questions are read from stdin).</summary>
    public string? Question { get; init; }

    /// <summary>Positional words after the verb: a username, a sign-up id, a sponsor code.</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    /// <summary>The verb's own options (role, regency, password, kpj, reason, officer, name, quota...).</summary>
    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>();

    /// <summary>--Section:Key value pairs, applied as configuration.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();
}
