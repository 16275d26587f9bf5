using Jamsostek.Dialogs.Flows;

namespace Jamsostek.Dialogs.Engine.Inputs;

/// <summary>How one kind of answer is read, offered as choices, and shown back to the person.</summary>
internal interface IInputType
{
    string Name { get; }

    bool RequestsContact => false;

    InputReading Read(StepDefinition step, InboundInput input, TurnScope scope);

    IReadOnlyList<ReplyChoice> ChoicesFor(StepDefinition step, TurnScope scope) =>
        step.Choices.Select(c => new ReplyChoice(c.Id, scope.Render(c.Label))).ToList();

    string Display(string value, StepDefinition step, TurnScope scope) => value;
}

/// <summary>
/// An answer read, or why it could not be, with near misses to offer. A follow-up is neither: the answer
/// narrows the question ("tidak" to "do you live there?"), so only the problem text is said, no try counted.
/// </summary>
/// A confirmation is neither too: the answer was read, but is asked back (with <see cref="Pending"/> kept) before it is stored.
internal sealed record InputReading(string? Value, string? Problem, IReadOnlyList<ReplyChoice>? Suggestions = null, bool IsFollowUp = false, string? Pending = null)
{
    public static InputReading Confirm(string question, string pending, IReadOnlyList<ReplyChoice> choices) => new(null, question, choices, Pending: pending);

    public bool Ok => Value is not null;

    public static InputReading FollowUp(string question) => new(null, question, IsFollowUp: true);

    public static InputReading Accept(string value) => new(value, null);

    public static InputReading Refuse(string problem, IReadOnlyList<ReplyChoice>? suggestions = null) => new(null, problem, suggestions);
}
