using System.Security.Cryptography;
using System.Text;
using Jamsostek.Dialogs.Engine.Inputs;
using Jamsostek.Dialogs.Flows;
using Jamsostek.Dialogs.Parsing;

namespace Jamsostek.Dialogs.Engine;

/// <summary>
/// At a name step, an answer made of the step's own words and a name ("Ahli Waris Gita" at "Ahli waris") is the name,
/// though the knowledge base would read "ahli waris" in it as a question about heirs and the worker would be asked again
/// and again. A question mark or a question word ("ahli waris itu siapa") still makes it a question; so does nothing but the
/// step's words ("ahli waris") or them with only filler, pronouns or kinship words ("ahli waris saya", "ahli waris itu").
/// A person who sends the same words again right after they were answered as a question means them as the answer
/// ("Ahli Waris di" twice): the second time they are the name, else the bot would explain and ask again forever; when
/// what follows the step's words is no name or asks something ("Ahli Waris sy", "ahli waris itu siapa", twice) the person
/// is asked whether it is the name.
/// </summary>
internal static class NameOrQuestion
{
    private static readonly HashSet<string> Aside = new(StringComparer.Ordinal)
    {
        "itu", "ini", "tu", "adalah", "ialah", "yaitu", "maksud", "maksudnya", "arti", "artinya", "contoh", "contohnya",
        "harus", "wajib", "bisa", "boleh", "perlu", "nama", "lengkap", "ketik", "di", "dari", "untuk", "utk", "buat", "dgn", "dengan",
    };

    private const string AskedPrefix = "tanya:";

    private static readonly HashSet<string> Conditionals = new(StringComparer.Ordinal) { "kalau", "kalo", "klo", "kl" };

    // Sent twice, a filler after the step's words ("Ahli Waris ya") is taken as a name, but a demonstrative or a kinship
    // word or pronoun ("ahli waris itu", "ahli waris saya") still is no name: it is asked for with the step's hint.
    private static readonly HashSet<string> StillAsking = new(StringComparer.Ordinal) { "itu", "ini" };

    /// <summary>
    /// The note kept in <see cref="ConversationState.Pending"/> after a name step's answer was taken as a question: a
    /// hash of the words, not the words (they may be a person's name).
    /// </summary>
    public static string? AskedNote(StepDefinition step, string? text) =>
        step.Input == "name" && !string.IsNullOrWhiteSpace(text) ? AskedPrefix + Fingerprint(text) : null;

    /// <summary>What the same words sent again after <see cref="AskedNote"/> mean.</summary>
    public enum Resend
    {
        /// <summary>Not the same words again (or not at a name step): read as any answer.</summary>
        None,

        /// <summary>The person insists they are the name ("Ahli Waris di" twice): taken as the name.</summary>
        TheName,

        /// <summary>
        /// What follows the step's words is no name ("Ahli Waris sy": a pronoun) or asks something ("Ahli Waris brp": how
        /// many): not taken as the name unasked, nor explained a third time (the person would be told the same thing
        /// forever): the person is asked whether that is the name (<see cref="NameConfirmation"/>).
        /// </summary>
        AskBack,
    }

    public static Resend Resent(StepDefinition step, string? pending, string? text) =>
        Repeated(step, pending, text) is not { } again ? Resend.None
        : Asks(again.Words) || IsNoName(again.After) ? Resend.AskBack
        : Resend.TheName;

    /// <summary>An answer sent again unchanged, with no question mark, holding the step's words and more; else null.</summary>
    private static (string[] Words, string[] After)? Repeated(StepDefinition step, string? pending, string? text)
    {
        if (step.Input != "name" || text is null || pending is null || !pending.StartsWith(AskedPrefix, StringComparison.Ordinal)
            || pending[AskedPrefix.Length..] != Fingerprint(text) || text.Contains('?', StringComparison.Ordinal))
        {
            return null;
        }

        var words = Words(text);
        var own = OwnWords(step);
        var rest = words.Where(w => !own.Contains(w)).ToArray();
        return rest.Length > 0 && rest.Length < words.Length ? (words, rest) : null;
    }

    private static bool IsNoName(string[] rest) => rest.All(w => StillAsking.Contains(w) || NonAnswers.IsKin(w));

    // "kalau" (if) opens a condition: with nothing after it ("Ahli Waris kl", sent again) it asks nothing.
    private static bool Asks(string[] words) =>
        words.Where((word, at) => QuestionWords.Contains(word) && !(at == words.Length - 1 && Conditionals.Contains(word))).Any();

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

    private static string Fingerprint(string text) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(TextNormalizer.Normalize(text))), 0, 8);

    private static string[] Words(string text) => TextNormalizer.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static HashSet<string> OwnWords(StepDefinition step) =>
        new[] { step.Title, step.SummaryLabel }
            .Where(t => !string.IsNullOrWhiteSpace(t))
            .SelectMany(t => TextNormalizer.Normalize(t!).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToHashSet(StringComparer.Ordinal);
}
