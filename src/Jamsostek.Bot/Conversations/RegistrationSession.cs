using Jamsostek.Dialogs.Engine;

namespace Jamsostek.Bot.Conversations;

/// <summary>
/// A registration attempt's id, so that the transcript lines typed while registering one person belong to that
/// person's sign-up only (one phone may register several neighbours, each seen by another regency's officer).
/// An attempt starts when the chat enters a flow other than the menu (registration is the one such flow), ends
/// when it leaves it or submits; the submitting turn's lines still belong to it.
/// </summary>
internal static class RegistrationSession
{
    /// <summary>The session after this turn: the running one, a new one, or null outside a registration.</summary>
    public static string? Next(string? before, TurnResult result)
    {
        var registering = result.State.FlowId is { } flow && flow != EngineServices.MenuFlowId && result.State.StepId is not null;
        if (!registering || result.Effects.Any(e => e is SubmitSignUpEffect or DraftDiscardedEffect))
        {
            return null;
        }

        return before ?? Guid.NewGuid().ToString("N");
    }
}
