using System.ComponentModel.DataAnnotations;

namespace Jamsostek.Bot.SignUps.Sponsors;

/// <summary>Settings under "Sponsors": how invitations are sent and reminded.</summary>
public sealed class SponsorInvitationOptions
{
    public const string Section = "Sponsors";

    /// <summary>
    /// The Telegram bot's @username for the invitation links (t.me/&lt;name&gt;?start=u_…); when empty, Telegram:BotUsername.
    /// With neither, no invitation is sent and the printable list shows the code to type instead of a QR code.
    /// </summary>
    public string? BotUsername { get; set; }

    /// <summary>Days after the invitation (or the last reminder) before the next reminder: a setting, not a rule of the programme.</summary>
    [Range(1, 60)]
    public int ReminderAfterDays { get; set; } = 3;

    /// <summary>Reminders of one invitation at most (the issue says twice).</summary>
    [Range(0, 2)]
    public int MaxReminders { get; set; } = 2;

    /// <summary>
    /// Hours before an invitation with no chat (printable list only) is looked at again for a chat that opened its link;
    /// bounds the work of each pass when many listed workers have no phone.
    /// </summary>
    [Range(1, 168)]
    public int LookAgainAfterHours { get; set; } = 6;

    /// <summary>How often the sending job runs.</summary>
    [Range(1, 59)]
    public int SendEveryMinutes { get; set; } = 15;

    /// <summary>Invitations read and notices written per save.</summary>
    [Range(10, 100_000)]
    public int BatchSize { get; set; } = 1000;

    /// <summary>"https://t.me/name?start=code", or null while no bot name is known.</summary>
    public string? LinkTo(string code) =>
        BotUsername?.Trim().TrimStart('@') is { Length: > 0 } name ? $"https://t.me/{name}?start={code}" : null;
}
