namespace Jamsostek.Dialogs.Parsing;

/// <summary>
/// Result of matching an answer to offered options: <see cref="Option"/> when we are confident,
/// otherwise up to three <see cref="Suggestions"/> the bot can offer back ("Maksud Anda ...?").
/// </summary>
public sealed record ChoiceMatch(ChoiceOption? Option, IReadOnlyList<ChoiceOption> Suggestions)
{
    internal static ChoiceMatch Confident(ChoiceOption option) => new(option, []);

    internal static ChoiceMatch Unsure(IEnumerable<ChoiceOption> suggestions) =>
        new(null, suggestions.Take(3).ToList());
}
