namespace Jamsostek.Dialogs.Flows;

/// <summary>The names code understands, so the validator can refuse a file that uses any other.</summary>
public sealed record FlowVocabulary(
    IReadOnlySet<string> InputTypes,
    IReadOnlySet<string> Checks,
    IReadOnlySet<string> Actions,
    IReadOnlySet<string> ComputedValues);
