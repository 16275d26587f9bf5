using Jamsostek.Dialogs.Engine.Inputs;
using Jamsostek.Dialogs.Flows;
using Jamsostek.Dialogs.Text;

namespace Jamsostek.Dialogs.Engine;

/// <summary>Fills {name} in a text: a value this turn computed, or a slot shown the way its step shows it.</summary>
internal static class PromptRenderer
{
    public static string Render(string template, TurnScope scope) =>
        FlowValidator.Placeholder().Replace(template, m => Value(m.Groups[1].Value, scope));

    public static string Value(string name, TurnScope scope)
    {
        if (scope.TurnValues.TryGetValue(name, out var turnValue))
        {
            return turnValue;
        }

        if (ComputedValues.Names.Contains(name))
        {
            return ComputedValues.Compute(name, scope);
        }

        return scope.Slot(name) is { } value ? Display(name, value, scope) : string.Empty;
    }

    public static string Display(string slot, string value, TurnScope scope)
    {
        // Typed text is escaped: its asterisks are the person's, not emphasis for the channel to drop.
        var step = scope.Flow?.Steps.FirstOrDefault(s => s.Slot == slot && s.Input is not null);
        if (step is null || step.Input is "text" or "name")
        {
            return EmphasisMarkers.Escape(step is null ? value : InputTypes.Get(step.Input!).Display(value, step, scope));
        }

        return InputTypes.Get(step.Input!).Display(value, step, scope);
    }
}
