namespace Jamsostek.Dialogs.Knowledge;

/// <summary>
/// One line of <c>maksud.yaml</c>: when the ranking's best topic is one of <see cref="Over"/> but the question
/// says what it asks for in words that point to <see cref="Prefer"/> ("jkm itu apa" names one programme, so it
/// asks for that programme's benefits, not for the overview), the preferred topic is answered and the other
/// one offered as the first follow-up.
/// </summary>
/// <param name="Prefer">Topic answered when the rule applies.</param>
/// <param name="Over">Topics the rule takes the answer from.</param>
/// <param name="When">Groups of words: every group must have one of its words in the question.</param>
/// <param name="Unless">Words that stop the rule ("beda jkk sama jkm" compares programmes: the overview answers it).</param>
public sealed record IntentRule(
    string Prefer,
    IReadOnlySet<string> Over,
    IReadOnlyList<IReadOnlySet<string>> When,
    IReadOnlySet<string> Unless)
{
    /// <param name="words">The question's normalised words and their stems.</param>
    public bool Applies(IReadOnlySet<string> words) =>
        When.All(group => group.Overlaps(words)) && !Unless.Overlaps(words);
}
