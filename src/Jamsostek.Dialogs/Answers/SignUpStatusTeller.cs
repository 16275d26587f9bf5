using Jamsostek.Dialogs.Engine;

namespace Jamsostek.Dialogs.Answers;

/// <summary>The menu's "Cek status" in the words of <see cref="SignUpStatusText"/>.</summary>
public sealed class SignUpStatusTeller : ISignUpStatusTeller
{
    public Reply Tell(IReadOnlyList<ExistingSignUp> signUps, IDialogLookups lookups) => SignUpStatusText.WithFollowUps(signUps, lookups);
}
