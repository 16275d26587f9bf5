using Jamsostek.Dialogs.Engine.Inputs;
using Jamsostek.Dialogs.Flows;
using Jamsostek.Dialogs.Parsing;

namespace Jamsostek.Dialogs.Engine;

/// <summary>
/// At a name step, an answer made of the step's own words and a name ("Ahli Waris Gita" at "Ahli waris") is the name,
/// though the knowledge base would read "ahli waris" in it as a question about heirs and the worker would be asked again
/// and again. A question mark or a question word ("ahli waris itu siapa") still makes it a question; so does nothing but the
/// step's words ("ahli waris") or them with only filler, pronouns or kinship words ("ahli waris saya", "ahli waris itu").
/// </summary>
internal static class NameOrQuestion
{
    private static readonly HashSet<string> Aside = new(StringComparer.Ordinal)
    {
        "itu", "ini", "tu", "adalah", "ialah", "yaitu", "maksud", "maksudnya", "arti", "artinya", "contoh", "contohnya",
        "harus", "wajib", "bisa", "boleh", "perlu", "nama", "lengkap", "ketik", "di", "dari", "untuk", "utk", "buat", "dgn", "dengan",
    };

    public static bool IsName(StepDefinition step, string text)
    {
        if (step.Input != "name" || text.Contains('?', StringComparison.Ordinal))
        {
            return false;
        }

        var words = Words(text);
        if (words.Any(QuestionWords.Contains))
        {
            return false;
        }

        var own = OwnWords(step);
        var rest = words.Where(w => !own.Contains(w)).ToArray();
        return rest.Length > 0 && rest.Length < words.Length && !rest.All(w => Aside.Contains(w) || NonAnswers.IsKinOrFiller(w));
    }

    /// <summary>A question word with the step's own words ("apa itu ahli waris"): asked, though no name is refused for it.</summary>
    public static bool AsksAboutTheStep(StepDefinition step, string text)
    {
        if (step.Input != "name")
        {
            return false;
        }

        var words = Words(text);
        var own = OwnWords(step);
        return words.Any(QuestionWords.Contains) && words.Any(own.Contains);
    }

    private static string[] Words(string text) => TextNormalizer.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static HashSet<string> OwnWords(StepDefinition step) =>
        new[] { step.Title, step.SummaryLabel }
            .Where(t => !string.IsNullOrWhiteSpace(t))
            .SelectMany(t => TextNormalizer.Normalize(t!).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToHashSet(StringComparer.Ordinal);
}
