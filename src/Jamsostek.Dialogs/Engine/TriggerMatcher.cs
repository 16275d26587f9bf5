using Jamsostek.Dialogs.Flows;
using Jamsostek.Dialogs.Parsing;

namespace Jamsostek.Dialogs.Engine;

/// <summary>
/// Which flow a typed message starts: a whole trigger, a trigger inside a sentence, a one-letter typo; and the
/// short openers ("p", "min") and wishes to register that are not triggers but still steer the reply.
/// </summary>
internal sealed class TriggerMatcher(FlowCatalog flows)
{
    // Every trigger normalised once, in the flows' order (the first flow wins), not again for every message.
    private readonly (FlowDefinition Flow, string Trigger, string Phrase)[] _triggers =
        [.. flows.Flows.SelectMany(f => f.Triggers.Select(t => (f, t, TextNormalizer.Normalize(t))))];

    /// <summary>The flow one of whose triggers the whole message is, after normalising.</summary>
    public FlowDefinition? Exact(string text)
    {
        var normal = TextNormalizer.Normalize(text);
        return normal.Length == 0 ? null : Array.Find(_triggers, t => t.Phrase == normal).Flow;
    }

    // "daftar nya bayar gk", "ini resmi kah": a yes/no question ends with its particle, even without "?".
    private static readonly HashSet<string> QuestionTails = new(StringComparer.Ordinal)
    {
        "gk", "ga", "gak", "ngga", "nggak", "enggak", "engga", "tidak", "tdk", "ndak", "kah", "bukan", "blm", "belum", "g",
    };

    // How WhatsApp conversations open: "p", "min", "kak", "🙏". Answered with the menu, not a fallback.
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal)
    {
        "p", "pp", "ping", "min", "mimin", "admin", "kak", "ka", "kakak", "mas", "mbak", "mba", "bang", "pak", "bu", "bos", "gan", "sis",
        "misi", "permisi", "tes", "test", "salam", "ass", "askum", "halo", "hai", "hi", "hello", "assalamualaikum", "om", "swastiastu",
    };

    public static bool IsShortOpener(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        var words = TextNormalizer.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return (words.Length == 0 && !text.Any(char.IsLetterOrDigit)) || (words.Length <= 3 && words.All(Openers.Contains));
    }

    // "sy mau daftar, caranya?" is a question, but also a clear wish to register: its answer always offers to start.
    private static readonly string[] IntentPhrases =
    [
        "mau daftar", "ingin daftar", "pengen daftar", "pingin daftar", "mau mendaftar", "ingin mendaftar", "mau ikut bpjs",
        "mau jadi peserta", "ingin jadi peserta", "mau gabung", "daftarin", "daftarkan", "mau dftr", "mau daftr",
    ];

    public static bool WantsToRegister(string text)
    {
        var padded = " " + TextNormalizer.Normalize(text) + " ";
        return IntentPhrases.Any(p => padded.Contains(" " + p, StringComparison.Ordinal));
    }

    // Outside a flow: a whole trigger, then a trigger phrase inside a sentence ("saya mau daftar bpjs"),
    // then one typo in a longer trigger ("dafar", "daftr"). A question ("cara daftar?") is left to the answerer.
    public FlowDefinition? Triggered(string text)
    {
        var normal = TextNormalizer.Normalize(text);
        if (normal.Length == 0)
        {
            return null;
        }

        if (Exact(text) is { } exact)
        {
            return exact;
        }

        var words = normal.Split(' ');
        if (words.Length > 1 && !text.Contains('?', StringComparison.Ordinal) && !words.Any(QuestionWords.Contains)
            && !QuestionTails.Contains(words[^1]))
        {
            var padded = " " + normal + " ";
            var contained = _triggers
                .Where(x => x.Flow.Id != EngineServices.MenuFlowId)
                .Where(x => x.Phrase.Length >= 4 && padded.Contains(" " + x.Phrase + " ", StringComparison.Ordinal))
                .OrderByDescending(x => x.Phrase.Length)
                .FirstOrDefault();
            if (contained.Flow is not null)
            {
                return contained.Flow;
            }
        }

        return normal.Length < 5 ? null : Array.Find(_triggers, t => t.Trigger.Length >= 5 && EditDistance.Between(t.Phrase, normal) <= 1).Flow;
    }
}
