using Jamsostek.Dialogs.Flows;
using Jamsostek.Dialogs.Parsing;

namespace Jamsostek.Dialogs.Engine.Inputs;

/// <summary>Yes or no, by button or by any of the ways people say it; stored as "ya" or "tidak".</summary>
internal sealed class YesNoInput : IInputType
{
    public const string Yes = "ya";
    public const string No = "tidak";

    public string Name => "yes-no";

    public IReadOnlyList<ReplyChoice> ChoicesFor(StepDefinition step, TurnScope scope) =>
        step.Choices.Count > 0
            ? step.Choices.Select(c => new ReplyChoice(c.Id, scope.Render(c.Label))).ToList()
            : [new ReplyChoice(Yes, "Ya"), new ReplyChoice(No, "Tidak")];

    public InputReading Read(StepDefinition step, InboundInput input, TurnScope scope) => ReadYesNo(step, input, scope);

    public string Display(string value, StepDefinition step, TurnScope scope) => value == Yes ? "Ya" : "Tidak";

    public static InputReading ReadYesNo(StepDefinition step, InboundInput input, TurnScope scope)
    {
        if (input.ChoiceId is Yes or No)
        {
            return InputReading.Accept(input.ChoiceId);
        }

        var text = InputTypes.TextOf(input) ?? string.Empty;
        var parsed = YesNoParser.Parse(text);
        if (parsed.Ok)
        {
            return InputReading.Accept(parsed.Value ? Yes : No);
        }

        var options = step.Choices.Select(c => new ChoiceOption(c.Id, scope.Render(c.Label), c.Synonyms)).ToList();
        var match = options.Count > 0 ? ChoiceMatcher.Match(text, options) : null;
        return match?.Option is { Id: Yes or No } option
            ? InputReading.Accept(option.Id)
            : InputReading.Refuse("Mohon jawab dengan \"ya\" atau \"tidak\".");
    }
}
