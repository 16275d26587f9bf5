using Jamsostek.Bot.SignUps.Sponsors;

namespace Jamsostek.Bot.Pages.Petugas;

/// <summary>A programme on /petugas/sponsor with its invitations still waiting for consent and those consented.</summary>
public sealed record SponsorSummary(Sponsor Sponsor, int Invited, int Consented);
