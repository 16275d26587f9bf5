using Jamsostek.Dialogs.Engine.Inputs;
using Jamsostek.Dialogs.Flows;
using Jamsostek.Dialogs.Parsing;

namespace Jamsostek.Dialogs.Engine;

/// <summary>
/// "Is this the name?", asked at a name step when the same words were sent again and what follows the step's own words is
/// no name ("Ahli Waris sy" twice: <see cref="NameOrQuestion.Resend.AskBack"/>). Explaining the step a third time would
/// loop (the load generator's workers were told the same thing 28 times and never registered); storing the words unasked
/// would store "my heir" as the heir. "Ya" stores them as typed (the name input's checks still apply), "Bukan" asks for
/// the name alone, anything else is read as a fresh answer. The words wait in the state one turn, encrypted at rest as the
/// answers they would join.
/// </summary>
internal static class NameConfirmation
{
    public const string Prefix = "nama?:";
    public const string Yes = "nama-ya";
    public const string Retype = "nama-ulang";

    public static void Offer(TurnScope scope, string typed)
    {
        var words = string.Join(' ', typed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var question = scope.RenderText(FlowTexts.NameConfirm, ("nama_diketik", ChoiceInput.Shorten(words)));
        IReadOnlyList<ReplyChoice> choices =
        [
            new(Yes, scope.RenderText(FlowTexts.NameYes)),
            new(Retype, scope.RenderText(FlowTexts.NameRetype)),
        ];
        scope.State = scope.State with { Pending = Prefix + words };
        scope.Say(question, choices);
    }

    /// <returns>False when the answer is neither yes nor no: the step reads it afresh.</returns>
    public static bool Handle(TurnScope scope, StepDefinition step, string pending, InboundInput input, string choice)
    {
        scope.State = scope.State with { Pending = null };
        var yesNo = YesNoParser.Parse(choice);
        if (choice is Yes or "1" || (input.ChoiceId is null && yesNo.Ok && yesNo.Value))
        {
            var typed = new InboundInput(InputKind.Text, pending[Prefix.Length..]);
            var reading = InputTypes.Get(step.Input!).Read(step, typed, scope);
            if (reading.Ok)
            {
                AnswerAcceptor.Accept(scope, step, reading.Value!);
            }
            else
            {
                StepAnswerHandler.Fail(scope, step, reading.Problem, reading.Suggestions);
            }

            return true;
        }

        if (choice is Retype or "2" || (input.ChoiceId is null && yesNo.Ok && !yesNo.Value))
        {
            scope.Ask(step, scope.RenderText(FlowTexts.NameRetypeAsk));
            return true;
        }

        return false;
    }
}
