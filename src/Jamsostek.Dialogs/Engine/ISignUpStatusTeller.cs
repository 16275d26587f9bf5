namespace Jamsostek.Dialogs.Engine;

/// <summary>
/// Words the menu's "Cek status" action. Answers/ implements it, so the menu says what the typed question says,
/// and the engine does not depend on Answers/ (Answers → Engine only).
/// </summary>
public interface ISignUpStatusTeller
{
    /// <summary>The chat's sign-ups (newest first) told with the follow-ups that fit their status.</summary>
    Reply Tell(IReadOnlyList<ExistingSignUp> signUps, IDialogLookups lookups);
}
