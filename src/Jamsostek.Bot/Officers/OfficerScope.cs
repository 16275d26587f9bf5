using Jamsostek.Bot.SignUps;

namespace Jamsostek.Bot.Officers;

/// <summary>What an officer may see: every regency (admin) or the regencies assigned to a petugas.</summary>
public sealed record OfficerScope(string UserName, bool AllRegencies, IReadOnlyList<string> Regencies)
{
    public static OfficerScope Everything(string userName) => new(userName, true, []);

    public static OfficerScope Of(Officer officer, bool isAdmin) =>
        new(officer.UserName ?? officer.Id, isAdmin, officer.RegencyCodes);

    public bool Allows(string regencyCode) => AllRegencies || Regencies.Contains(regencyCode, StringComparer.Ordinal);

    /// <summary>Narrows a query to the officer's regencies: a guessed id of another regency finds nothing.</summary>
    public IQueryable<SignUp> Apply(IQueryable<SignUp> signUps)
    {
        if (AllRegencies)
        {
            return signUps;
        }

        var regencies = Regencies.ToList();
        return signUps.Where(s => regencies.Contains(s.RegencyCode));
    }
}
