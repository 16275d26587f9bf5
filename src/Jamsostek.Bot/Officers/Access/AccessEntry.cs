namespace Jamsostek.Bot.Officers.Access;

/// <summary>
/// Append-only record of who looked at or took what in the console: a sign-up opened, a search, a CSV export, a
/// sign-in (success or failure) and an account change. Never the password typed; a searched NIK masked.
/// </summary>
public sealed class AccessEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The signed-in officer; for a sign-in, the user name as typed (an unknown name too).</summary>
    public required string Officer { get; set; }

    /// <summary>One of <see cref="AccessActions"/>.</summary>
    public required string Action { get; set; }

    public string? Detail { get; set; }

    /// <summary>The client address, as the known proxy forwarded it.</summary>
    public string? Ip { get; set; }
}
