using Jamsostek.Dialogs.Engine.Inputs;
using Jamsostek.Dialogs.Flows;
using Jamsostek.Dialogs.Parsing;

namespace Jamsostek.Dialogs.Engine;

/// <summary>Reads an answer to the current step, checks it, stores it and moves the flow on.</summary>
internal static class StepAnswerHandler
{
    private const int AttemptsBeforeHelp = 3;
    private const double SureQuestionScore = 0.9;

    public static void Handle(TurnScope scope, InboundInput input)
    {
        var step = scope.Step!;
        var resent = input.Kind == InputKind.Text ? NameOrQuestion.Resent(step, scope.State.Pending, input.Text) : NameOrQuestion.Resend.None;
        if (resent == NameOrQuestion.Resend.AskBack)
        {
            NameConfirmation.Offer(scope, input.Text!);
            return;
        }

        var insists = resent == NameOrQuestion.Resend.TheName;

        if (scope.State.Pending is not null)
        {
            if (PendingAnswers.Handle(scope, step, input, out var rewritten))
            {
                return;
            }

            input = rewritten ?? input;
        }

        if (input.Kind == InputKind.Text && !scope.Flow!.FreeTextLeaves && AnswersSoFar.Requested(input.Text))
        {
            scope.Ask(step, AnswersSoFar.Render(scope));
            return;
        }

        if (!insists && TryAnswerQuestion(scope, input, onlyIfQuestion: true))
        {
            return;
        }

        var reading = InputTypes.Get(step.Input!).Read(step, input, scope);
        if (reading.IsFollowUp)
        {
            scope.Say(reading.Problem!);
            return;
        }

        if (reading.Pending is not null)
        {
            scope.State = scope.State with { Pending = reading.Pending };
            scope.Say(reading.Problem!, reading.Suggestions);
            return;
        }

        if (!reading.Ok)
        {
            if (scope.Flow!.FreeTextLeaves && input.Kind == InputKind.Text && scope.Services.Answerer is { } answerer)
            {
                scope.EndFlow();
                ReplyApplier.Apply(scope, answerer.Answer(input.Text ?? string.Empty, scope.State, scope.Context));
                return;
            }

            if (insists || !TryAnswerQuestion(scope, input, onlyIfQuestion: false))
            {
                Fail(scope, step, reading.Problem, reading.Suggestions);
            }

            return;
        }

        AnswerAcceptor.Accept(scope, step, reading.Value!);
    }

    public static void Fail(TurnScope scope, StepDefinition step, string? problem, IReadOnlyList<ReplyChoice>? suggestions)
    {
        var attempts = scope.State.Attempts + 1;
        var suggested = suggestions is { Count: > 0 } && (attempts < AttemptsBeforeHelp || suggestions.Any(s => s.Id != ChoiceInput.OtherId));
        scope.State = scope.State with
        {
            Attempts = attempts,
            Pending = suggested ? PendingAnswers.Suggested(suggestions!) : null,
        };

        var retry = step.Retry is null ? null : scope.Render(step.Retry);
        var prefix = string.Join('\n', new[] { problem, retry }.Where(t => !string.IsNullOrWhiteSpace(t)));
        var wayOut = scope.RenderText(FlowTexts.WayOut); // required by the validator wherever a wrong answer is asked again

        // A near miss keeps its suggestions even after the third try: "Mungkin maksud Anda…" without them
        // would leave a typed "1" to pick the first item of the whole list (another district, silently).
        // The way out then comes first, in its own message, so that the suggestions stay last and numbered alone.
        // Only "Lainnya" offered is no near miss: from the third try the whole list is asked again.
        if (suggested)
        {
            if (attempts >= AttemptsBeforeHelp && wayOut.Length > 0)
            {
                scope.Say(wayOut);
            }

            scope.Say(prefix, suggestions);
            return;
        }

        if (attempts >= AttemptsBeforeHelp)
        {
            // The way out is words to type, not more numbered choices: "12" at a ten-item list must not cancel.
            var example = StepExample.For(step, scope) is { } e ? $"Contoh jawaban: {e}\n" : string.Empty;
            prefix = TurnScope.Join(prefix, (example + wayOut).Trim());
        }

        scope.Ask(step, prefix);
    }

    // Before an answer is read: a "?" marks a question; so does a sure match of several words where the
    // step takes any text (a name, an address, the menu), else "hapus data saya" would become a name; but not a name
    // that holds the step's own words ("Ahli Waris Gita").
    // The knowledge base is asked last (reply), only when the rest leaves it open: a NIK, a date or a phone number
    // typed at its own step is never a question without a "?", and matching it cost a turn 5% of its CPU (issue 12).
    private static bool LooksLikeQuestion(TurnScope scope, string text, Func<QuestionReply> reply)
    {
        if (text.Contains('?', StringComparison.Ordinal))
        {
            return true;
        }

        var step = scope.Step!;
        if (NameOrQuestion.IsName(step, text))
        {
            return false;
        }

        if (NameOrQuestion.AsksAboutTheStep(step, text))
        {
            return true;
        }

        var takesAnyText = step.Input is "name" or "text" || scope.Flow!.FreeTextLeaves;
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        return takesAnyText && words >= 2 && !NamesAChoice(step, text) && reply().Score >= SureQuestionScore;
    }

    // After an answer could not be read: a question mark, a question word first, or a sure match of several
    // words. A lone word that happens to match a topic ("kemarin", "rt") is a wrong answer, not a question.
    private static bool IsQuestion(string text, QuestionReply reply)
    {
        var words = TextNormalizer.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return text.Contains('?', StringComparison.Ordinal)
            || (words.Length >= 2 && (QuestionWords.Contains(words[0]) || reply.Score >= SureQuestionScore));
    }

    private static bool NamesAChoice(StepDefinition step, string text)
    {
        var normal = TextNormalizer.Normalize(text);
        return step.Choices.Any(c => TextNormalizer.Normalize(c.Label) == normal || c.Synonyms.Any(s => TextNormalizer.Normalize(s) == normal));
    }

    // A question typed mid-flow ("berapa iurannya?") is answered, then the pending question is asked again.
    private static bool TryAnswerQuestion(TurnScope scope, InboundInput input, bool onlyIfQuestion)
    {
        if (input.Kind != InputKind.Text || scope.Services.Answerer is not { } answerer || string.IsNullOrWhiteSpace(input.Text))
        {
            return false;
        }

        QuestionReply? answered = null;
        QuestionReply Reply() => answered ??= answerer.Answer(input.Text, scope.State, scope.Context);
        var asked = onlyIfQuestion ? LooksLikeQuestion(scope, input.Text, Reply) : !NameOrQuestion.IsName(scope.Step!, input.Text) && IsQuestion(input.Text, Reply());
        if (!asked || Reply() is not { Understood: true } reply)
        {
            return false;
        }

        if (scope.Flow!.FreeTextLeaves)
        {
            scope.EndFlow();
        }

        ReplyApplier.Apply(scope, reply);
        ReplyApplier.ReaskIfInFlow(scope);
        if (scope.State.Pending is null && scope.Step is { } step)
        {
            scope.State = scope.State with { Pending = NameOrQuestion.AskedNote(step, input.Text) };
        }

        return true;
    }
}
