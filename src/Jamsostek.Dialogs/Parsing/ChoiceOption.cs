namespace Jamsostek.Dialogs.Parsing;

/// <summary>One answer the bot offers. <see cref="Synonyms"/> are other ways people name it
/// ("ojol", "gojek" for ojek) and may be empty.</summary>
public sealed record ChoiceOption(string Id, string Label, IReadOnlyList<string> Synonyms);
