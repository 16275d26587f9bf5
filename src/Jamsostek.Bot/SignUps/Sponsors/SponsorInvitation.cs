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

    public long? SignUpId { get; set; }
}
