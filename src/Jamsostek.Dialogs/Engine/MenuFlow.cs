namespace Jamsostek.Dialogs.Engine;

/// <summary>
/// The welcome menu: entering it, and whether a person is in a flow other than it. Its own type so that every
/// handler that ends on the menu calls down to it rather than back up into <see cref="DialogEngine"/>.
/// </summary>
internal static class MenuFlow
{
    /// <summary>In a flow that collects answers (not the menu).</summary>
    public static bool InTask(TurnScope scope) => scope.State.InFlow && scope.Flow?.Id != EngineServices.MenuFlowId;

    public static bool Start(TurnScope scope, string? prefix)
    {
        if (scope.Services.Flows.Find(EngineServices.MenuFlowId) is not { } menu)
        {
            scope.Say(prefix ?? "Ketik *daftar* untuk mendaftar.");
            return true;
        }

        scope.State = scope.State with { FlowId = menu.Id, FlowVersion = menu.Version, Trail = [], Slots = scope.State.Slots.Clear() };
        scope.EnterStep(menu.Start, prefix);
        return true;
    }
}
