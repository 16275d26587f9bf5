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

    // The short label where there is one: "JKK + JKM", not the button's "JKK + JKM: Rp16.400/bulan",
    // whose price may be only the first month's.
    public string Display(string value, StepDefinition step, TurnScope scope) =>
        step.Choices.FirstOrDefault(c => c.Id == value) is { } choice ? scope.Render(choice.ShortLabel ?? choice.Label) : value;

    public const string OtherId = "lainnya";

    public static InputReading Match(string text, IReadOnlyList<ChoiceOption> options)
    {
        var match = ChoiceMatcher.Match(text, options);
        if (match.Option is not null || options.FirstOrDefault(o => o.Id == OtherId) is not { } other
            || TextNormalizer.Normalize(text).All(c => char.IsAsciiDigit(c) || c == ' '))
        {
            return Read(text, match);
        }

        // A list with "Lainnya": an answer we cannot place is most likely that one ("dokter" at pekerjaan).
        var suggestions = match.Suggestions.Where(s => s.Id != OtherId).Take(2).Append(other).ToList();
        return Read(text, match with { Suggestions = suggestions });
    }

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
