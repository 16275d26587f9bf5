namespace Jamsostek.Dialogs.Engine;

/// <summary>What a turn may depend on besides the state and the input: the clock, read-only lookups, a fresh reference.</summary>
public sealed record TurnContext(DateTimeOffset Now, IDialogLookups Lookups, string NewReference)
{
    private readonly Func<string>? makeReference;
    private string? reference = NewReference;

    /// <summary>
    /// A context whose reference is made only when the turn uses it (a submit): the host's reference may cost a database
    /// read, which the other turns of a registration should not pay.
    /// </summary>
    public TurnContext(DateTimeOffset now, IDialogLookups lookups, Func<string> makeReference)
        : this(now, lookups, NewReference: null!) => this.makeReference = makeReference;

    public string NewReference
    {
        get => reference ??= makeReference!();
        init => reference = value;
    }
}
