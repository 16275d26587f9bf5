namespace Jamsostek.Bot.SignUps.Sponsors;

/// <summary>
/// One valid row of a sponsor's beneficiary list: the worker is invited (deep link with <see cref="Code"/>) to give
/// consent and confirm their data in chat. Personal fields are encrypted like a sign-up's; the hashes find duplicates.
/// </summary>
public sealed class SponsorInvitation
{
    public long Id { get; set; }

    public long SponsorId { get; set; }

    /// <summary>The one-time deep-link payload, <c>t.me/&lt;bot&gt;?start=&lt;Code&gt;</c>.</summary>
    public required string Code { get; set; }

    public SponsorInvitationStatus Status { get; set; }

    public required string Nik { get; set; }

    public string? NikHash { get; set; }

    public required string FullName { get; set; }

    /// <summary>E.164, or null: the worker is reached through the printable list at a village meeting.</summary>
    public string? Phone { get; set; }

    public required string RegencyCode { get; set; }

    public required string VillageCode { get; set; }

    public required string Occupation { get; set; }

    /// <summary>The line of the imported file the row came from.</summary>
    public int SourceLine { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>How many reminders of the invitation were sent (at most two).</summary>
    public int RemindersSent { get; set; }

    /// <summary>When the invitation was first sent to a chat, or found to have none (then it is only on the printable list).</summary>
    public DateTimeOffset? InvitedAt { get; set; }

    /// <summary>When the last invitation or reminder was queued; the next reminder counts from here.</summary>
    public DateTimeOffset? LastNoticeAt { get; set; }

    /// <summary>
    /// For a row with no chat yet (printable list only): when the notices pass looks for its chat again, so that a large
    /// list of unreachable rows is not read on every pass.
    /// </summary>
    public DateTimeOffset? NextLookAt { get; set; }

    /// <summary>The chat the invitation goes to (a channel's name), or null: printable list only.</summary>
    public string? Channel { get; set; }

    public string? ChatId { get; set; }

    /// <summary>The worker's own sign-up that consented to this invitation.</summary>
    public long? SignUpId { get; set; }

    public SignUp? SignUp { get; set; }
}
