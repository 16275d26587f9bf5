using System.Collections.Immutable;
using Jamsostek.Dialogs.Engine.Inputs;
using Jamsostek.Dialogs.Flows;

namespace Jamsostek.Dialogs.Engine;

/// <summary>The working memory of one turn: the state as it changes, and what the turn says and asks for.</summary>
internal sealed class TurnScope(EngineServices services, ConversationState state, TurnContext context)
{
    public EngineServices Services { get; } = services;

    public TurnContext Context { get; } = context;

    public ConversationState State { get; set; } = state;

    public List<Reply> Replies { get; } = [];

    public List<DialogEffect> Effects { get; } = [];

    /// <summary>Values only this turn knows (e.g. why a sign-up is refused), offered to templates.</summary>
    public Dictionary<string, string> TurnValues { get; } = new(StringComparer.Ordinal);

    public FlowDefinition? Flow => Services.Flows.Find(State.FlowId);

    public StepDefinition? Step => Flow?.Find(State.StepId);

    public DateOnly Today => WorkerCalendar.Today(Context.Now);

    public string? Slot(string name) => State.Slots.TryGetValue(name, out var value) ? value : null;

    public void SetSlot(string name, string value) => State = State with { Slots = State.Slots.SetItem(name, value) };

    public void RemoveSlot(string name) => State = State with { Slots = State.Slots.Remove(name) };

    public void Say(string text, IReadOnlyList<ReplyChoice>? choices = null, bool requestContact = false) =>
        Replies.Add(new Reply(text.Trim(), choices ?? [], requestContact));

    public string Render(string template) => PromptRenderer.Render(template, this);

    /// <summary>The flow's text of that key (see FlowTexts), its own placeholders filled from values; empty when the flow has none.</summary>
    public string RenderText(string key, params (string Name, string Value)[] values)
    {
        foreach (var (name, value) in values)
        {
            TurnValues[name] = value;
        }

        return Render(Flow?.Text(key, string.Empty) ?? string.Empty);
    }

    public void StartFlow(FlowDefinition flow, string? prefix = null)
    {
        DiscardDraft();
        State = RegistrationFor.Carried(State, new ConversationState { FlowId = flow.Id, FlowVersion = flow.Version, Source = State.Source });
        EnterStep(flow.Start, prefix);
    }

    /// <summary>
    /// Starts a flow from outside it ("daftar", a menu choice, "Perbaiki pendaftaran"). After a rejection the person is
    /// first asked whom the registration is for (<see cref="RegistrationFor"/>); their own starts from the earlier
    /// answers: only what the reason concerns is asked again, then the summary.
    /// </summary>
    /// <param name="askedForWhom">The person already said it is their own (a correction).</param>
    public void StartFlowFromOutside(FlowDefinition flow, bool askedForWhom = false)
    {
        if (flow.Id != EngineServices.RegistrationFlowId || Context.Lookups.FindRejectedDraft(State.Source) is not { } draft)
        {
            StartFlow(flow);
            return;
        }

        if (!askedForWhom)
        {
            RegistrationFor.Ask(this, flow, draft);
            return;
        }

        DiscardDraft();
        var redo = draft.Redo.SelectMany(id => flow.Find(id) is { } s ? s.Resets.Prepend(s.Slot) : []).ToHashSet(StringComparer.Ordinal);
        var kept = draft.Answers
            .Where(a => flow.Find(a.Key) is { Input: not null and not "summary" } && !redo.Contains(a.Key))
            .ToImmutableDictionary(StringComparer.Ordinal);
        State = new ConversationState { FlowId = flow.Id, FlowVersion = flow.Version, Source = State.Source, Slots = kept };
        EnterStep(flow.Start, RenderText(FlowTexts.Resubmit, ("referensi_ditolak", draft.Reference), ("alasan_ditolak", draft.Reason)));
    }

    public void EndFlow()
    {
        DiscardDraft();
        State = new ConversationState { Source = State.Source };
    }

    // Leaving a flow that collects answers without submitting them: the host forgets what was typed.
    private void DiscardDraft()
    {
        if (State.FlowId is not null && State.FlowId != EngineServices.MenuFlowId
            && !Effects.Any(e => e is SubmitSignUpEffect or DraftDiscardedEffect))
        {
            Effects.Add(new DraftDiscardedEffect());
        }
    }

    /// <summary>Makes the step current and asks it, or says its text and ends the flow if it is an end step.</summary>
    public void EnterStep(StepDefinition step, string? prefix = null)
    {
        if (step.IsEnd)
        {
            Say(Join(prefix, Render(step.Text)));
            EndFlow();
            return;
        }

        State = State with { StepId = step.Id, Attempts = 0, Pending = null };
        Introduce(step, prefix);
    }

    /// <summary>
    /// Asks the step as on arriving at it: its intro in a message of its own (after the prefix), then the
    /// question. A retry or a help text asks with <see cref="Ask"/> alone: the explanation was just read.
    /// </summary>
    public void Introduce(StepDefinition step, string? prefix = null)
    {
        foreach (var message in step.IntroMessages)
        {
            Say(Join(prefix, Render(message)));
            prefix = null;
        }

        Ask(step, prefix);
    }

    /// <summary>Asks the current step's question; a prefix (an answer, a problem) goes first, the question last.</summary>
    public void Ask(StepDefinition step, string? prefix = null, IReadOnlyList<ReplyChoice>? extraChoices = null)
    {
        var input = InputTypes.Get(step.Input!);
        var question = ProgressHeader(step) + Render(step.Text);
        var choices = input.ChoicesFor(step, this).Concat(extraChoices ?? []).ToList();
        Say(Join(prefix, question), choices, input.RequestsContact);
    }

    /// <summary>
    /// Moves on along the flow to the first step not yet answered. Going forward after "kembali" or after
    /// changing a field from the summary therefore skips what is still valid and lands back at the summary.
    /// </summary>
    public void GoForward(string? targetId)
    {
        var flow = Flow!;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var target = flow.Find(targetId);
        while (target is not null && IsAnswered(target) && seen.Add(target.Id))
        {
            target = flow.Find(NextAfter(target));
        }

        if (target is null)
        {
            EndFlow();
            return;
        }

        if (State.StepId is { } current && current != target.Id)
        {
            State = State with { Trail = State.Trail.Add(current) };
        }

        EnterStep(target);
    }

    /// <summary>Where an answered step leads: its chosen choice's next, else its own.</summary>
    public string? NextAfter(StepDefinition step) =>
        step.Choices.FirstOrDefault(c => c.Id == Slot(step.Slot))?.Next ?? step.Next;

    public bool IsAnswered(StepDefinition step) => step.Input is not null && State.Slots.ContainsKey(step.Slot);

    private string ProgressHeader(StepDefinition step)
    {
        var flow = Flow;
        if (flow is null || !flow.ShowProgress || !step.Counted || step.Title is null)
        {
            return string.Empty;
        }

        var counted = flow.CountedSteps;
        var index = counted.ToList().FindIndex(s => s.Id == step.Id);
        return index < 0 ? $"{step.Title}\n" : $"Langkah {index + 1} dari {counted.Count} — {step.Title}\n";
    }

    public static string Join(string? first, string second) =>
        string.IsNullOrWhiteSpace(first) ? second : first.Trim() + "\n\n" + second;
}
