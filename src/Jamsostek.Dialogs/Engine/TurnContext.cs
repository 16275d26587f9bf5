namespace Jamsostek.Dialogs.Engine;

/// <summary>What a turn may depend on besides the state and the input: the clock, read-only lookups, a fresh reference.</summary>
public sealed record TurnContext(DateTimeOffset Now, IDialogLookups Lookups, string NewReference);
