using Jamsostek.Bot.SignUps.Sponsors;

namespace Jamsostek.Bot.SignUps;

/// <summary>
/// What an officer may see: every regency (admin), the regencies assigned to a petugas, or, for a sponsor officer
/// ("petugas sponsor", <see cref="Sponsors"/> not empty), only the people of their programmes inside those programmes'
/// regencies. The one place the console's views are narrowed.
/// </summary>
/// <remarks>Lives with the sign-ups it narrows, so that SignUps never depends on Officers (Officers builds it: <c>OfficerScopes.Of</c>).</remarks>
public sealed record OfficerScope(string UserName, bool AllRegencies, IReadOnlyList<string> Regencies)
{
    /// <summary>The programme codes of a sponsor officer; empty for an admin or a petugas.</summary>
    public IReadOnlyList<string> Sponsors { get; init; } = [];

    /// <summary>A sponsor officer: sees their programmes' people and figures, decides nothing.</summary>
    public bool SponsorOnly => Sponsors.Count > 0;

    public static OfficerScope Everything(string userName) => new(userName, true, []);

    public bool Allows(string regencyCode) => AllRegencies || Regencies.Contains(regencyCode, StringComparer.Ordinal);

    /// <summary>A programme's pages: inside the officer's regencies, and one of their own for a sponsor officer.</summary>
    public bool Allows(Sponsor sponsor)
    {
        ArgumentNullException.ThrowIfNull(sponsor);
        return SponsorOnly ? Sponsors.Contains(sponsor.Code, StringComparer.Ordinal) : Allows(sponsor.RegencyCode);
    }

    /// <summary>Narrows a query to the officer's regencies (a sponsor officer's: to their programmes' sign-ups): a guessed id of another finds nothing.</summary>
    public IQueryable<SignUp> Apply(IQueryable<SignUp> signUps)
    {
        if (SponsorOnly)
        {
            var codes = Sponsors.ToList();
            return signUps.Where(s => s.Source != null && codes.Contains(s.Source));
        }

        if (AllRegencies)
        {
            return signUps;
        }

        var regencies = Regencies.ToList();
        return signUps.Where(s => regencies.Contains(s.RegencyCode));
    }

    /// <summary>The programmes the officer may open (the list pages).</summary>
    public IQueryable<Sponsor> Apply(IQueryable<Sponsor> sponsors)
    {
        if (SponsorOnly)
        {
            var codes = Sponsors.ToList();
            return sponsors.Where(s => codes.Contains(s.Code));
        }

        var regencies = Regencies.ToList();
        return AllRegencies ? sponsors : sponsors.Where(s => regencies.Contains(s.RegencyCode));
    }
}
