using System.Globalization;
using Jamsostek.Dialogs.Engine.Inputs;
using Jamsostek.Dialogs.Flows;
using Jamsostek.Dialogs.Parsing;

namespace Jamsostek.Dialogs.Engine;

/// <summary>
/// Answers to a sub-question of the current step. Anything that is not an answer to it falls through
/// to the step itself, so a person who ignores the sub-question and simply answers again is understood.
/// </summary>
internal static class PendingAnswers
{
    private const string SuggestedPrefix = "saran:";

    private const char NoteSeparator = '\n';

    /// <param name="note">Kept with the offer for the next turn (the question a fallback did not understand).</param>
    public static string Suggested(IReadOnlyList<ReplyChoice> suggestions, string? note = null) =>
        SuggestedPrefix + string.Join('|', suggestions.Select(s => s.Id)) + (string.IsNullOrWhiteSpace(note) ? string.Empty : NoteSeparator + note.Trim());

    /// <summary>The note stored with an offer by <see cref="Suggested"/>, or null.</summary>
    public static string? NoteOf(string? pending)
    {
        var at = pending is not null && pending.StartsWith(SuggestedPrefix, StringComparison.Ordinal) ? pending.IndexOf(NoteSeparator, StringComparison.Ordinal) : -1;
        return at < 0 ? null : pending![(at + 1)..];
    }

    /// <summary>The offered choice a typed number picks ("2" after three suggestions), if any.</summary>
    public static string? PickOffered(string pending, string typed)
    {
        var ids = pending.Split(NoteSeparator)[0];
        var offered = ids.StartsWith(SuggestedPrefix, StringComparison.Ordinal) ? ids[SuggestedPrefix.Length..].Split('|') : [];
        var index = ChoiceNumbering.Pick(offered, TextNormalizer.Normalize(typed));
        if (index >= 0)
        {
            return offered[index];
        }

        // A yes/no question asked with buttons ("hapus-data:ya" / "hapus-data:tidak") also takes a typed "ya" or "gak".
        var yesNo = YesNoParser.Parse(typed);
        var suffix = yesNo.Ok ? (yesNo.Value ? ":ya" : ":tidak") : null;
        return suffix is null ? null : offered.FirstOrDefault(id => id.EndsWith(suffix, StringComparison.Ordinal));
    }

    public static bool Handle(TurnScope scope, StepDefinition step, InboundInput input, out InboundInput? rewritten)
    {
        rewritten = null;
        var pending = scope.State.Pending!;
        var text = TextNormalizer.Normalize(input.Text ?? string.Empty);
        var choice = input.ChoiceId ?? text;
        switch (pending)
        {
            case GlobalWords.Continue:
                scope.State = scope.State with { Pending = null };
                if (choice is GlobalWords.Continue or "1" or "lanjutkan" or "ya")
                {
                    scope.Introduce(step, "Baik, kita lanjutkan.");
                    return true;
                }

                var word = choice switch { "2" => GlobalWords.Restart, "3" => GlobalWords.Cancel, _ => null };
                if (word is not null)
                {
                    GlobalWordHandler.Handle(scope, word);
                    return true;
                }

                return false;
            case StepChecks.DateMismatch:
                return DateMismatch(scope, step, choice);
            case var money when money.StartsWith(MoneyInput.ConfirmPrefix, StringComparison.Ordinal):
                return MoneyConfirmation(scope, step, money, choice);
            case var name when name.StartsWith(NameConfirmation.Prefix, StringComparison.Ordinal):
                return NameConfirmation.Handle(scope, step, name, input, choice);
            case AnswerAcceptor.ChooseField:
                scope.State = scope.State with { Pending = null };
                var field = choice.StartsWith(SummaryInput.Change + ":", StringComparison.Ordinal)
                    ? choice[(SummaryInput.Change.Length + 1)..]
                    : SummaryInput.FieldNamed(text, step, scope);
                if (field is null || !step.Summary.Contains(field))
                {
                    return false;
                }

                AnswerAcceptor.ChangeField(scope, field);
                return true;
            default:
                scope.State = scope.State with { Pending = null };
                if (input.ChoiceId is null && PickOffered(pending, text) is { } picked)
                {
                    rewritten = input with { Kind = InputKind.Choice, ChoiceId = picked };
                }

                return false;
        }
    }

    // "Penghasilan Anda Rp1.500 sebulan? 1. Ya 2. Maksud saya Rp1.500.000": a new amount typed instead is read afresh.
    private static bool MoneyConfirmation(TurnScope scope, StepDefinition step, string pending, string choice)
    {
        scope.State = scope.State with { Pending = null };
        var (yes, other) = MoneyInput.Offered(pending);
        var yesNo = YesNoParser.Parse(choice);
        if (choice is MoneyInput.Yes or "1" || (yesNo.Ok && yesNo.Value))
        {
            AnswerAcceptor.Accept(scope, step, yes);
            return true;
        }

        if (choice is MoneyInput.Other or "2" && other is not null)
        {
            AnswerAcceptor.Accept(scope, step, other);
            return true;
        }

        if (choice is MoneyInput.Other or "2" || (yesNo.Ok && !yesNo.Value))
        {
            scope.Ask(step, scope.RenderText(Flows.FlowTexts.IncomeRetypeAsk));
            return true;
        }

        return false;
    }

    private static bool DateMismatch(TurnScope scope, StepDefinition step, string choice)
    {
        switch (choice)
        {
            case "tgl-nik" or "1":
                var info = NikInput.InfoOf(scope)!;
                scope.State = scope.State with { Pending = null };
                AnswerAcceptor.Accept(scope, step, info.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                return true;
            case "nik-salah" or "2":
                scope.State = scope.State with { Pending = null };
                scope.RemoveSlot(step.Slot);
                var nik = scope.Flow!.Steps.First(s => s.Input == "nik");
                scope.EnterStep(nik, scope.RenderText(Flows.FlowTexts.DateMismatchRetypeNik));
                return true;
            default:
                // A date typed again is a new answer to the step itself.
                scope.State = scope.State with { Pending = null };
                return false;
        }
    }
}
