namespace Jamsostek.Bot.SignUps.Sponsors;

/// <summary>Where an invitation from a sponsor's list stands; nothing is approved before <see cref="Consented"/>.</summary>
public enum SponsorInvitationStatus
{
    /// <summary>Imported from the list, waiting for the worker's consent in chat.</summary>
    Invited,

    /// <summary>The worker consented and confirmed their data: a sign-up exists.</summary>
    Consented,

    /// <summary>The worker said no.</summary>
    Declined,
}
