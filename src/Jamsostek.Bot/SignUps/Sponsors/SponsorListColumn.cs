namespace Jamsostek.Bot.SignUps.Sponsors;

/// <summary>The columns of a sponsor's beneficiary list the import understands.</summary>
public enum SponsorListColumn
{
    Nik,
    Name,
    Phone,
    Village,
    Occupation,
}
