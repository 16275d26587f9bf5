using Jamsostek.Bot.SignUps.Decisions;
using Jamsostek.Dialogs.Engine;

namespace Jamsostek.Bot.SignUps;

/// <summary>
/// The one rule for which rejected sign-up a registration in a chat continues: its answers come back on "daftar"
/// (DbDialogLookups), its reference is the one quoted on *kirim* (TurnProcessor) and the row goes back to pending with
/// the new answers (EffectApplier). Three places asked it in three ways; a registration for someone else (an agent's
/// "daftarkan orang lain", a worker's "Daftarkan orang lain") then took over the chat's own rejected row in one of them.
/// </summary>
public static class RejectedSignUps
{
    /// <summary>How many of the chat's newest sign-ups are looked through: a family's, not a village's.</summary>
    public const int Window = 10;

    /// <summary>
    /// The chat's own sign-ups, newest first, at most <see cref="Window"/>: not those an agent holds there for another
    /// worker (they move to the worker's chat once confirmed, and the agent never reads them back).
    /// </summary>
    public static IQueryable<SignUp> OwnNewestFirst(IQueryable<SignUp> signUps, string channel, string chatId) => signUps
        .Where(s => s.Channel == channel && s.ChatId == chatId && (s.AgentId == null || s.ConfirmedAt != null))
        .OrderByDescending(s => s.CreatedAt)
        .ThenByDescending(s => s.Id)
        .Take(Window);

    /// <summary>
    /// The sign-up a registration started with this <paramref name="source"/> continues, or null: the chat's newest
    /// rejected sign-up whose NIK was not sent again since (a wife registered after it does not hide it), when it was
    /// rejected for a reason a corrected sign-up can fix, and the registration is for that person (not an agent's for a
    /// worker, not one the person said is for someone else).
    /// </summary>
    /// <param name="ownNewestFirst">What <see cref="OwnNewestFirst"/> read.</param>
    public static SignUp? Continued(IEnumerable<SignUp> ownNewestFirst, string? source, bool forSomeoneElse)
    {
        ArgumentNullException.ThrowIfNull(ownNewestFirst);
        if (source == SignUp.AgentSource || forSomeoneElse)
        {
            return null;
        }

        var sentSince = new HashSet<string>(StringComparer.Ordinal);
        foreach (var signUp in ownNewestFirst)
        {
            var person = signUp.NikHash ?? signUp.Nik;
            if (signUp.Status == SignUpStatus.Rejected && !sentSince.Contains(person))
            {
                return RejectionReason.FromToldText(signUp.RejectionReason) is { CanResubmit: false } ? null : signUp;
            }

            sentSince.Add(person);
        }

        return null;
    }
}
