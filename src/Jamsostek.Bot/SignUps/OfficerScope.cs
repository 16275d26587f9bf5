namespace Jamsostek.Bot.SignUps;

/// <summary>What an officer may see: every regency (admin) or the regencies assigned to a petugas.</summary>
/// <remarks>Lives with the sign-ups it narrows, so that SignUps never depends on Officers (Officers builds it: <c>OfficerScopes.Of</c>).</remarks>
public sealed record OfficerScope(string UserName, bool AllRegencies, IReadOnlyList<string> Regencies)
{
    public static OfficerScope Everything(string userName) => new(userName, true, []);

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
