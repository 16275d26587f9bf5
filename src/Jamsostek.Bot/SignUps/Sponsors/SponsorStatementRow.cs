namespace Jamsostek.Bot.SignUps.Sponsors;

/// <summary>One member on a sponsor's monthly statement (NIK masked: the statement travels to the regency's finance office).</summary>
public sealed record SponsorStatementRow(string Kpj, string FullName, string MaskedNik, string VillageCode, string VillageName, decimal Amount);
