using System.Diagnostics.CodeAnalysis;
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
    /// <summary>
    /// The chat's own sign-ups, newest first: not those an agent holds there for another worker (they move to the
    /// worker's chat once confirmed, and the agent never reads them back).
    /// </summary>
    public static IQueryable<SignUp> OwnNewestFirst(IQueryable<SignUp> signUps, string channel, string chatId) => signUps
        .Where(s => s.Channel == channel && s.ChatId == chatId && (s.AgentId == null || s.ConfirmedAt != null))
        .OrderByDescending(s => s.CreatedAt)
        .ThenByDescending(s => s.Id);

    /// <summary>
    /// Whether a registration started with this <paramref name="source"/> continues the chat's latest own sign-up: only
    /// when that one was rejected for a reason a corrected sign-up can fix, and the registration is for the chat's own
    /// person (not an agent's for a worker, not one the worker chose to make for someone else).
    /// </summary>
    /// <param name="latest">The first of <see cref="OwnNewestFirst"/>, or null.</param>
    public static bool MayContinue([NotNullWhen(true)] SignUp? latest, string? source, bool forSomeoneElse) =>
        latest is { Status: SignUpStatus.Rejected }
        && source != SignUp.AgentSource
        && !forSomeoneElse
        && RejectionReason.FromToldText(latest.RejectionReason) is not { CanResubmit: false };
}
