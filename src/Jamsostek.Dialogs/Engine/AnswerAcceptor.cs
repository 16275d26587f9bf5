using Jamsostek.Dialogs.Engine.Inputs;
using Jamsostek.Dialogs.Flows;

namespace Jamsostek.Dialogs.Engine;

/// <summary>
/// An answer once it is read: stored, checked, and the flow routed on (a choice's flow or action, the summary's
/// "ubah"). Reached from the step handler and from sub-questions (a confirmed amount, a date taken from the NIK).
/// </summary>
internal static class AnswerAcceptor
{
    /// <summary>Pending while the summary asks which answer to change.</summary>
    public const string ChooseField = "pilih-data";

    /// <summary>Stores an accepted answer, runs the step's checks, and routes on.</summary>
    public static void Accept(TurnScope scope, StepDefinition step, string value)
    {
        if (value == YesNoInput.No && step.WhenNo is not null)
        {
            // "No" goes to its step even if that step was answered (a NIK to be typed again).
            scope.RemoveSlot(step.Slot);
            scope.State = scope.State with { Pending = null, Trail = scope.State.Trail.Add(step.Id) };
            var declined = step.WhenNoSponsored is not null && ContributionQuotes.SponsorName(scope) is not null;
            if (declined)
            {
                scope.Effects.Add(new SponsorDeclinedEffect(scope.State.Source!));
            }

            scope.EnterStep(scope.Flow!.Find(declined ? step.WhenNoSponsored! : step.WhenNo)!, step.NoText is null ? null : scope.Render(step.NoText));
            return;
        }

        var previous = scope.Slot(step.Slot);
        scope.SetSlot(step.Slot, value);
        scope.State = scope.State with { Pending = null };
        if (previous is not null && previous != value)
        {
            foreach (var reset in step.Resets)
            {
                scope.RemoveSlot(reset);
            }
        }

        foreach (var check in step.Checks)
        {
            var outcome = StepChecks.Run(check, scope);
            switch (outcome.Kind)
            {
                case CheckKind.Refuse:
                    scope.TurnValues["alasan"] = outcome.Text!;
                    scope.GoForward(step.OnRefuse);
                    return;
                case CheckKind.Ask:
                    scope.State = scope.State with { Pending = outcome.Pending };
                    scope.Say(outcome.Text!, outcome.Choices);
                    return;
            }
        }

        Route(scope, step, value);
    }

    private static void Route(TurnScope scope, StepDefinition step, string value)
    {
        if (step.Input == "summary")
        {
            // The summary is never "answered": going forward after a change must land on it again.
            scope.RemoveSlot(step.Slot);
            if (value == SummaryInput.Change)
            {
                scope.State = scope.State with { Pending = ChooseField };
                scope.Say("Data mana yang ingin Anda ubah?", SummaryInput.FieldChoices(step, scope));
                return;
            }

            if (value.StartsWith(SummaryInput.Change + ":", StringComparison.Ordinal))
            {
                ChangeField(scope, value[(SummaryInput.Change.Length + 1)..]);
                return;
            }
        }

        var choice = step.Choices.FirstOrDefault(c => c.Id == value);
        if (choice?.Start is { } flowId)
        {
            scope.StartFlowFromOutside(scope.Services.Flows.Find(flowId)!);
            return;
        }

        var action = choice?.Action ?? step.Action;
        if (action is not null && !FlowActions.Run(action, scope))
        {
            return;
        }

        scope.GoForward(choice?.Next ?? step.Next);
    }

    public static void ChangeField(TurnScope scope, string stepId)
    {
        var target = scope.Flow!.Find(stepId)!;
        scope.State = scope.State with { Trail = scope.State.Trail.Add(scope.State.StepId!) };
        scope.EnterStep(target, "Baik, silakan ketik data yang baru.");
    }
}
