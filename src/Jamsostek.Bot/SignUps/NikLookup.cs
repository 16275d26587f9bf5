using Jamsostek.Bot.Data;
using Jamsostek.Dialogs.Engine;

namespace Jamsostek.Bot.SignUps;

/// <summary>
/// Finds sign-ups by NIK, the one rule for every duplicate check (the officer's checks, a sponsor's list): by the
/// keyed hash when personal fields are encrypted, else by the NIK itself. Withdrawn sign-ups never count.
/// </summary>
public static class NikLookup
{
    public static IQueryable<SignUp> SignUpsWith(BotDbContext db, IReadOnlyCollection<string> niks)
    {
        ArgumentNullException.ThrowIfNull(db);
        var live = db.SignUps.Where(s => s.Status != SignUpStatus.Withdrawn);
        if (db.Cipher is { } cipher)
        {
            var hashes = niks.Select(cipher.Hash).ToList();
            return live.Where(s => s.NikHash != null && hashes.Contains(s.NikHash));
        }

        var plain = niks.ToList();
        return live.Where(s => plain.Contains(s.Nik));
    }

    /// <summary>The key <see cref="SignUpsWith"/> matches on, to map a found row back to the NIK asked for.</summary>
    public static string KeyOf(BotDbContext db, string nik) => db?.Cipher is { } cipher ? cipher.Hash(nik) : nik;
}
