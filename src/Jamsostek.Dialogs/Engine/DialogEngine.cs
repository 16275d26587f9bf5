using Jamsostek.Dialogs.Parsing;

namespace Jamsostek.Dialogs.Engine;

/// <summary>
/// The pure turn function: state + input + now → new state + replies + effects. It reads the host only
/// through the turn's lookups and never writes: writes are effects, applied in the turn's transaction.
/// </summary>
public sealed class DialogEngine(EngineServices services)
{
    private readonly TriggerMatcher _triggers = new(services.Flows);

    public EngineServices Services { get; } = services;

    public TurnResult Handle(ConversationState state, InboundInput input, TurnContext context)
    {
        var scope = new TurnScope(Services, state, context);
        if (!RestartIfFlowChanged(scope))
        {
            Route(scope, input);
        }

        if (!scope.State.InFlow && !HandoffTopic.AskIfBare(scope))
        {
            // Outside a flow, remember the buttons just offered so that a typed "2" picks the second.
            var offered = scope.Replies.Count > 0 ? scope.Replies[^1].Choices : [];
            scope.TurnValues.TryGetValue(ReplyApplier.UnansweredKey, out var unanswered);
            scope.State = scope.State with { Pending = offered.Count > 0 ? PendingAnswers.Suggested(offered, unanswered) : null };
        }

        return new TurnResult(scope.State, scope.Replies, scope.Effects);
    }

    // A flow edited while someone was in the middle of it: their step may no longer exist or mean the same.
    private static bool RestartIfFlowChanged(TurnScope scope)
    {
        if (!scope.State.InFlow)
        {
            return false;
        }

        var flow = scope.Flow;
        if (flow is not null && flow.Version == scope.State.FlowVersion && scope.Step is not null)
        {
            return false;
        }

        const string apology = "Maaf, isi percakapan ini baru saja diperbarui, jadi kita mulai lagi dari awal.";
        scope.EndFlow();
        if (flow is not null && flow.Id != EngineServices.MenuFlowId)
        {
            scope.StartFlow(flow, apology);
            return true;
        }

        return MenuFlow.Start(scope, apology);
    }

    private void Route(TurnScope scope, InboundInput input)
    {
        switch (input.Kind)
        {
            case InputKind.Start:
                scope.State = scope.State with { Source = input.StartPayload ?? scope.State.Source };
                if (scope.State.InFlow && scope.Flow!.Id != EngineServices.MenuFlowId)
                {
                    GlobalWordHandler.Handle(scope, GlobalWords.Menu);
                    return;
                }

                MenuFlow.Start(scope, null);
                return;
            case InputKind.Photo or InputKind.Sticker or InputKind.Voice or InputKind.Location or InputKind.Document or InputKind.Other:
                const string textOnly = "Maaf, saya hanya bisa membaca pesan teks.";
                if (scope.Step is { Input: not null } step)
                {
                    scope.Ask(step, textOnly + " Silakan ketik jawaban Anda.");
                }
                else
                {
                    scope.Say(textOnly + " Ketik *menu* untuk melihat pilihan, atau ketik pertanyaan Anda.");
                }

                return;
        }

        var text = input.Text?.Trim() ?? string.Empty;
        if (!scope.State.InFlow && scope.State.Pending is { } pending && input.ChoiceId is null && PendingAnswers.PickOffered(pending, text) is { } picked)
        {
            input = InboundInput.FromChoice(picked, text);
        }

        // Mid-registration, a confirmation the answerer asked ("hapus data saya" → "ya") is answered by typing too.
        if (scope.State.InFlow && scope.State.Pending is { } asked && input.ChoiceId is null
            && PendingAnswers.PickOffered(asked, text) is { } own
            && Services.Answerer?.AnswerChoice(own, scope.State, scope.Context) is { } confirmed)
        {
            scope.State = scope.State with { Pending = null };
            ReplyApplier.Apply(scope, confirmed);
            ReplyApplier.ReaskIfInFlow(scope);
            return;
        }

        var word = input.ChoiceId is { } choiceId ? GlobalWords.Of(choiceId) : input.Kind == InputKind.Text ? GlobalWords.Of(text) : null;
        if (word is not null)
        {
            GlobalWordHandler.Handle(scope, word);
            return;
        }

        if (input.Kind == InputKind.Text && !MenuFlow.InTask(scope) && TriggerMatcher.IsShortOpener(text))
        {
            MenuFlow.Start(scope, null);
            return;
        }

        // After a rejection: whom the registration is for (the question's buttons, "Perbaiki & kirim ulang" of the status).
        if (RegistrationFor.TryAnswer(scope, input, text))
        {
            return;
        }

        // "Daftar jadi peserta" under a status, "Daftar sekarang" under an answer: the registration.
        if (input.ChoiceId == EngineServices.SignUpAgainChoice && !MenuFlow.InTask(scope)
            && Services.Flows.Find(EngineServices.RegistrationFlowId) is { } again)
        {
            scope.StartFlowFromOutside(again);
            return;
        }

        if (input.ChoiceId is { } id && Services.Answerer?.AnswerChoice(id, scope.State, scope.Context) is { } choiceReply)
        {
            ReplyApplier.Apply(scope, choiceReply);
            ReplyApplier.ReaskIfInFlow(scope);
            return;
        }

        // What a bare "hubungi petugas" is about; a global word, a greeting or an exact trigger went its own way above.
        if (input.Kind == InputKind.Text && _triggers.Exact(text) is null && HandoffTopic.TakeAnswer(scope, text))
        {
            return;
        }

        if (input.Kind == InputKind.Text && MenuFlow.InTask(scope))
        {
            // Mid-registration only a whole trigger or greeting counts, never a typo of one ("Mulan" is a
            // name, not "mulai"), and it keeps the answers: the person is asked whether to go on.
            if (_triggers.Exact(text) is { } exact)
            {
                if (exact.Id == scope.Flow!.Id)
                {
                    scope.Introduce(scope.Step!, scope.Render(exact.Text("resumed", $"Anda sedang mengisi: {exact.Title}. Kita lanjutkan ya.")));
                }
                else
                {
                    GlobalWordHandler.Handle(scope, GlobalWords.Menu);
                }

                return;
            }
        }
        else if (input.Kind == InputKind.Text && _triggers.Triggered(text) is { } triggered)
        {
            if (triggered.Id == EngineServices.MenuFlowId)
            {
                MenuFlow.Start(scope, null);
                return;
            }

            scope.StartFlowFromOutside(triggered);
            return;
        }

        if (scope.State.InFlow)
        {
            StepAnswerHandler.Handle(scope, input);
            return;
        }

        if (input.Kind == InputKind.Contact)
        {
            scope.Say("Terima kasih. Nomor HP baru diperlukan saat mendaftar. Ketik *daftar* untuk mulai mendaftar.");
            return;
        }

        if (Services.Answerer is { } answerer && !string.IsNullOrWhiteSpace(text))
        {
            ReplyApplier.Apply(scope, answerer.Answer(text, scope.State, scope.Context));
            if (TriggerMatcher.WantsToRegister(text))
            {
                OfferToStart(scope);
            }

            return;
        }

        MenuFlow.Start(scope, null);
    }

    /// <summary>Adds "Daftar sekarang" under an answer to someone who said they want to register, unless it is offered already.</summary>
    private static void OfferToStart(TurnScope scope)
    {
        if (scope.State.InFlow || scope.Replies.Count == 0 || scope.Replies.SelectMany(r => r.Choices).Any(c => c.Id == EngineServices.SignUpAgainChoice))
        {
            return;
        }

        var last = scope.Replies[^1];
        if (last.Choices.Any(c => c.Id.StartsWith("hapus-data:", StringComparison.Ordinal)))
        {
            return;
        }

        scope.Replies[^1] = last with { Choices = [new ReplyChoice(EngineServices.SignUpAgainChoice, "Daftar sekarang"), .. last.Choices.Take(2)] };
    }
}
