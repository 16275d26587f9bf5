using Jamsostek.Dialogs.Flows;
using Jamsostek.Dialogs.Parsing;

namespace Jamsostek.Dialogs.Engine.Inputs;

/// <summary>
/// The confirmation summary: send, or pick a field to change ("ubah", "ubah nama", or the field's name).
/// Returns "kirim", "ubah", or "ubah:&lt;step id&gt;".
/// </summary>
internal sealed class SummaryInput : IInputType
{
    public const string Send = "kirim";
    public const string Change = "ubah";

    public string Name => "summary";

    public IReadOnlyList<ReplyChoice> ChoicesFor(StepDefinition step, TurnScope scope) =>
        step.Choices.Count > 0
            ? step.Choices.Select(c => new ReplyChoice(c.Id, scope.Render(c.Label))).ToList()
            : [new ReplyChoice(Send, "Ya, kirim"), new ReplyChoice(Change, "Ubah data")];

    public InputReading Read(StepDefinition step, InboundInput input, TurnScope scope)
    {
        if (input.ChoiceId is Send or Change)
        {
            return InputReading.Accept(input.ChoiceId);
        }

        if (input.ChoiceId is { } id && id.StartsWith(Change + ":", StringComparison.Ordinal) && step.Summary.Contains(id[(Change.Length + 1)..]))
        {
            return InputReading.Accept(id);
        }

        var text = TextNormalizer.Normalize(InputTypes.TextOf(input) ?? string.Empty);
        if (text is "1" or Send or "kirim sekarang" or "ya kirim")
        {
            return InputReading.Accept(Send);
        }

        if (text is "2" or Change or "ubah data" or "ganti" or "edit" or "perbaiki")
        {
            return InputReading.Accept(Change);
        }

        var field = text.Replace("ubah ", string.Empty, StringComparison.Ordinal).Replace("ganti ", string.Empty, StringComparison.Ordinal);
        if (FieldNamed(field, step, scope) is { } fieldStep)
        {
            return InputReading.Accept($"{Change}:{fieldStep}");
        }

        var yesNo = YesNoParser.Parse(text);
        if (yesNo.Ok)
        {
            return InputReading.Accept(yesNo.Value ? Send : Change);
        }

        return InputReading.Refuse("Ketik 1 untuk mengirim, atau 2 untuk mengubah data.");
    }

    /// <summary>The summary's fields as choices, for "which one do you want to change?".</summary>
    public static IReadOnlyList<ReplyChoice> FieldChoices(StepDefinition summary, TurnScope scope) =>
        summary.Summary.Select(id => scope.Flow!.Find(id)!)
            .Where(s => scope.Slot(s.Slot) is not null)
            .Select(s => new ReplyChoice($"{Change}:{s.Id}", s.SummaryLabel ?? s.Title ?? s.Id))
            .ToList();

    public static string? FieldNamed(string text, StepDefinition summary, TurnScope scope)
    {
        var options = summary.Summary.Select(id => scope.Flow!.Find(id)!)
            .Select(s => new ChoiceOption(s.Id, s.SummaryLabel ?? s.Title ?? s.Id, [s.Title ?? s.Id, s.Id.Replace('_', ' ')]))
            .ToList();
        return ChoiceMatcher.Match(text, options).Option?.Id;
    }
}
