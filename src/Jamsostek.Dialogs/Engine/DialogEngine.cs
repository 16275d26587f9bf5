using Jamsostek.Dialogs.Parsing;

namespace Jamsostek.Dialogs.Engine;

/// <summary>
/// The pure turn function: state + input + now → new state + replies + effects. It reads the host only
/// through the turn's lookups and never writes: writes are effects, applied in the turn's transaction.
/// </summary>
public sealed class DialogEngine(EngineServices services)
{
    public EngineServices Services { get; } = services;

    public TurnResult Handle(ConversationState state, InboundInput input, TurnContext context)
    {
        var scope = new TurnScope(Services, state, context);
        if (!RestartIfFlowChanged(scope))
        {
            Route(scope, input);
        }

        if (!scope.State.InFlow)
        {
            // Outside a flow, remember the buttons just offered so that a typed "2" picks the second.
            var offered = scope.Replies.Count > 0 ? scope.Replies[^1].Choices : [];
            scope.TurnValues.TryGetValue(UnansweredKey, out var unanswered);
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

        return StartMenu(scope, apology);
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

                StartMenu(scope, null);
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
            Apply(scope, confirmed);
            ReaskIfInFlow(scope);
            return;
        }

        var word = input.ChoiceId is { } choiceId ? GlobalWords.Of(choiceId) : input.Kind == InputKind.Text ? GlobalWords.Of(text) : null;
        if (word is not null)
        {
            GlobalWordHandler.Handle(scope, word);
            return;
        }

        if (input.Kind == InputKind.Text && !InTask(scope) && IsShortOpener(text))
        {
            StartMenu(scope, null);
            return;
        }

        // "Perbaiki & kirim ulang" under a rejected sign-up's status: the registration again.
        if (input.ChoiceId == SignUpStatusText.SignUpAgainChoice && !InTask(scope)
            && Services.Flows.Find(SignUpStatusText.RegistrationFlowId) is { } again)
        {
            scope.StartFlowFromOutside(again);
            return;
        }

        if (input.ChoiceId is { } id && Services.Answerer?.AnswerChoice(id, scope.State, scope.Context) is { } choiceReply)
        {
            Apply(scope, choiceReply);
            ReaskIfInFlow(scope);
            return;
        }

        if (input.Kind == InputKind.Text && InTask(scope))
        {
            // Mid-registration only a whole trigger or greeting counts, never a typo of one ("Mulan" is a
            // name, not "mulai"), and it keeps the answers: the person is asked whether to go on.
            if (ExactTrigger(text) is { } exact)
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
        else if (input.Kind == InputKind.Text && TriggeredFlow(text) is { } triggered)
        {
            if (triggered.Id == EngineServices.MenuFlowId)
            {
                StartMenu(scope, null);
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
            Apply(scope, answerer.Answer(text, scope.State, scope.Context));
            if (WantsToRegister(text))
            {
                OfferToStart(scope);
            }

            return;
        }

        StartMenu(scope, null);
    }

    /// <summary>In a flow that collects answers (not the menu).</summary>
    internal static bool InTask(TurnScope scope) => scope.State.InFlow && scope.Flow?.Id != EngineServices.MenuFlowId;

    internal static bool StartMenu(TurnScope scope, string? prefix)
    {
        if (scope.Services.Flows.Find(EngineServices.MenuFlowId) is not { } menu)
        {
            scope.Say(prefix ?? "Ketik *daftar* untuk mendaftar.");
            return true;
        }

        scope.State = scope.State with { FlowId = menu.Id, FlowVersion = menu.Version, Trail = [], Slots = scope.State.Slots.Clear() };
        scope.EnterStep(menu.Start, prefix);
        return true;
    }

    private const string UnansweredKey = "tidak-dipahami";

    internal static void Apply(TurnScope scope, QuestionReply reply)
    {
        if (reply.ShowsMenu && (!scope.State.InFlow || scope.Flow?.Id == EngineServices.MenuFlowId))
        {
            StartMenu(scope, string.Join("\n\n", reply.Replies.Select(r => r.Text)));
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

    internal static void ReaskIfInFlow(TurnScope scope)
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

    private Flows.FlowDefinition? ExactTrigger(string text)
    {
        var normal = TextNormalizer.Normalize(text);
        return normal.Length == 0 ? null : Services.Flows.Flows.FirstOrDefault(f => f.Triggers.Any(t => TextNormalizer.Normalize(t) == normal));
    }

    // "daftar nya bayar gk", "ini resmi kah": a yes/no question ends with its particle, even without "?".
    private static readonly HashSet<string> QuestionTails = new(StringComparer.Ordinal)
    {
        "gk", "ga", "gak", "ngga", "nggak", "enggak", "engga", "tidak", "tdk", "ndak", "kah", "bukan", "blm", "belum", "g",
    };

    // How WhatsApp conversations open: "p", "min", "kak", "🙏". Answered with the menu, not a fallback.
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal)
    {
        "p", "pp", "ping", "min", "mimin", "admin", "kak", "ka", "kakak", "mas", "mbak", "mba", "bang", "pak", "bu", "bos", "gan", "sis",
        "misi", "permisi", "tes", "test", "salam", "ass", "askum", "halo", "hai", "hi", "hello", "assalamualaikum", "om", "swastiastu",
    };

    private static bool IsShortOpener(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        var words = TextNormalizer.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return (words.Length == 0 && !text.Any(char.IsLetterOrDigit)) || (words.Length <= 3 && words.All(Openers.Contains));
    }

    // "sy mau daftar, caranya?" is a question, but also a clear wish to register: its answer always offers to start.
    private static readonly string[] IntentPhrases =
    [
        "mau daftar", "ingin daftar", "pengen daftar", "pingin daftar", "mau mendaftar", "ingin mendaftar", "mau ikut bpjs",
        "mau jadi peserta", "ingin jadi peserta", "mau gabung", "daftarin", "daftarkan", "mau dftr", "mau daftr",
    ];

    private static bool WantsToRegister(string text)
    {
        var padded = " " + TextNormalizer.Normalize(text) + " ";
        return IntentPhrases.Any(p => padded.Contains(" " + p, StringComparison.Ordinal));
    }

    /// <summary>Adds "Daftar sekarang" under an answer to someone who said they want to register, unless it is offered already.</summary>
    private static void OfferToStart(TurnScope scope)
    {
        if (scope.State.InFlow || scope.Replies.Count == 0 || scope.Replies.SelectMany(r => r.Choices).Any(c => c.Id == SignUpStatusText.SignUpAgainChoice))
        {
            return;
        }

        var last = scope.Replies[^1];
        if (last.Choices.Any(c => c.Id.StartsWith("hapus-data:", StringComparison.Ordinal)))
        {
            return;
        }

        scope.Replies[^1] = last with { Choices = [new ReplyChoice(SignUpStatusText.SignUpAgainChoice, "Daftar sekarang"), .. last.Choices.Take(2)] };
    }

    // Outside a flow: a whole trigger, then a trigger phrase inside a sentence ("saya mau daftar bpjs"),
    // then one typo in a longer trigger ("dafar", "daftr"). A question ("cara daftar?") is left to the answerer.
    private Flows.FlowDefinition? TriggeredFlow(string text)
    {
        var normal = TextNormalizer.Normalize(text);
        if (normal.Length == 0)
        {
            return null;
        }

        if (ExactTrigger(text) is { } exact)
        {
            return exact;
        }

        var words = normal.Split(' ');
        if (words.Length > 1 && !text.Contains('?', StringComparison.Ordinal) && !words.Any(StepAnswerHandler.IsQuestionWord)
            && !QuestionTails.Contains(words[^1]))
        {
            var padded = " " + normal + " ";
            var contained = Services.Flows.Flows
                .Where(f => f.Id != EngineServices.MenuFlowId)
                .SelectMany(f => f.Triggers.Select(t => (Flow: f, Phrase: TextNormalizer.Normalize(t))))
                .Where(x => x.Phrase.Length >= 4 && padded.Contains(" " + x.Phrase + " ", StringComparison.Ordinal))
                .OrderByDescending(x => x.Phrase.Length)
                .FirstOrDefault();
            if (contained.Flow is not null)
            {
                return contained.Flow;
            }
        }

        return Services.Flows.Flows.FirstOrDefault(f => f.Triggers.Any(t => t.Length >= 5 && normal.Length >= 5 && EditDistance.Between(TextNormalizer.Normalize(t), normal) <= 1));
    }
}
