namespace Jamsostek.Dialogs.Engine;

/// <summary>
/// Puts an answerer's reply into the turn (its replies, effects, a greeting's menu) and, mid-flow, asks the
/// step again below it. Shared by the router and the step handler, which both answer questions.
/// </summary>
internal static class ReplyApplier
{
    /// <summary>The turn value holding the question a fallback did not understand (offered to an officer next turn).</summary>
    public const string UnansweredKey = "tidak-dipahami";

    public static void Apply(TurnScope scope, QuestionReply reply)
    {
        if (reply.ShowsMenu && (!scope.State.InFlow || scope.Flow?.Id == EngineServices.MenuFlowId))
        {
            MenuFlow.Start(scope, string.Join("\n\n", reply.Replies.Select(r => r.Text)));
            return;
        }

        scope.Replies.AddRange(reply.Replies);
        scope.Effects.AddRange(reply.Effects);
        if (reply.Unanswered is { } unanswered)
        {
            scope.TurnValues[UnansweredKey] = unanswered;
        }

        if (reply.Effects.Any(e => e is DeletePersonalDataEffect))
        {
            scope.EndFlow(); // the answers typed so far are personal data too: the erasure takes them with it
        }
    }

    public static void ReaskIfInFlow(TurnScope scope)
    {
        if (scope.Replies.Count > 0 && scope.Replies[^1].Choices.Count > 0 && scope.Replies[^1].Choices[0].Id.StartsWith("hapus-data:", StringComparison.Ordinal))
        {
            // A confirmation is waiting: asking the step again would bury it and swallow the typed "ya".
            scope.State = scope.State with { Pending = PendingAnswers.Suggested(scope.Replies[^1].Choices) };
            return;
        }

        if (scope.Step is { Input: not null } step && scope.Flow!.Id != EngineServices.MenuFlowId)
        {
            // The answer's follow-up topics would be a second numbered list right above the step's own:
            // a typed "1" could then mean either. The step asked again is what the person answers.
            for (var i = 0; i < scope.Replies.Count; i++)
            {
                scope.Replies[i] = scope.Replies[i] with { Choices = [] };
            }

            scope.Ask(step, "Kita lanjutkan pendaftaran:");
        }
    }
}
