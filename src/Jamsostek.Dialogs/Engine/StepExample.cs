using Jamsostek.Dialogs.Engine.Inputs;
using Jamsostek.Dialogs.Flows;
using Jamsostek.Dialogs.Parsing;

namespace Jamsostek.Dialogs.Engine;

/// <summary>The example quoted when a step is asked for help or answered wrongly three times.</summary>
internal static class StepExample
{
    // The step's own example, or for a list "ketik 1 atau Petani/pekebun" from its first choice.
    public static string? For(StepDefinition step, TurnScope scope)
    {
        if (step.Example is not null)
        {
            return scope.Render(step.Example);
        }

        var choices = InputTypes.Get(step.Input!).ChoicesFor(step, scope);
        return choices.Count == 0
            ? null
            : $"ketik {ChoiceNumbering.NumberAt(choices.Select(c => c.Id).ToList(), 0)} atau {choices[0].Label}";
    }
}
