using Jamsostek.Dialogs.Flows;
using Jamsostek.Dialogs.Parsing;

namespace Jamsostek.Dialogs.Engine.Inputs;

/// <summary>One of the step's choices: by button, number, label, synonym or a close misspelling.</summary>
internal sealed class ChoiceInput : IInputType
{
    public string Name => "choice";

    public InputReading Read(StepDefinition step, InboundInput input, TurnScope scope)
    {
        if (input.ChoiceId is { } id && step.Choices.Any(c => c.Id == id))
        {
            return InputReading.Accept(id);
        }

        var options = step.Choices.Select(c => new ChoiceOption(c.Id, scope.Render(c.Label), c.Synonyms)).ToList();
        return Match(InputTypes.TextOf(input) ?? string.Empty, options);
    }

    public string Display(string value, StepDefinition step, TurnScope scope) =>
        step.Choices.FirstOrDefault(c => c.Id == value) is { } choice ? scope.Render(choice.Label) : value;

    public static InputReading Match(string text, IReadOnlyList<ChoiceOption> options) =>
        Read(text, ChoiceMatcher.Match(text, options));

    public static InputReading Read(string text, ChoiceMatch match)
    {
        if (match.Option is { } option)
        {
            return InputReading.Accept(option.Id);
        }

        return match.Suggestions.Count > 0
            ? InputReading.Refuse(
                $"Maaf, \"{Shorten(text)}\" tidak ada di daftar. Mungkin maksud Anda salah satu ini?",
                match.Suggestions.Select(s => new ReplyChoice(s.Id, s.Label)).ToList())
            : InputReading.Refuse($"Maaf, \"{Shorten(text)}\" tidak ada di daftar. Pilih salah satu dengan mengetik nomornya.");
    }

    public static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
