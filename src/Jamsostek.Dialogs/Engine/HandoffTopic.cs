using Jamsostek.Dialogs.Parsing;

namespace Jamsostek.Dialogs.Engine;

/// <summary>
/// A bare "hubungi petugas" (or the "Tanya petugas" button with nothing before it) tells the officer nothing: the bot
/// asks what it is about, and the worker's next message becomes the open request's question. Outside a task only:
/// mid-registration the next message answers the step.
/// </summary>
public static class HandoffTopic
{
    /// <summary>The conversation's pending value while the bot waits for what a bare request is about.</summary>
    public const string Awaiting = "petugas:keperluan";

    // Words that only ask for a person: a request made of nothing else says nothing about what it is for.
    private static readonly HashSet<string> RequestWords = new(StringComparer.Ordinal)
    {
        "hubungi", "menghubungi", "dihubungi", "hubungkan", "sambungkan", "sambungin", "sambung", "petugas", "cs", "admin", "operator",
        "orang", "asli", "manusia", "bpjs", "tk", "ketenagakerjaan", "mau", "ingin", "pengen", "pingin", "minta", "meminta", "tolong",
        "bantu", "bantuan", "dibantu", "saya", "aku", "sy", "dong", "ya", "yah", "bisa", "bs", "ga", "gak", "nggak", "enggak", "ngga",
        "ngomong", "bicara", "berbicara", "ngobrol", "sama", "dengan", "dgn", "ke", "nanya", "tanya", "bertanya", "langsung", "butuh",
        "perlu", "komplain", "bingung", "pak", "bu", "kak", "mas", "mbak", "halo", "hai", "mohon", "segera", "ada",
    };

    /// <summary>Whether a request says only that the worker wants a person ("hubungi petugas", "(meminta dihubungi petugas)").</summary>
    public static bool IsBare(string? question) =>
        string.IsNullOrWhiteSpace(question)
        || TextNormalizer.Normalize(question).Split([' ', ',', '.', '!', '?', '(', ')', '-'], StringSplitOptions.RemoveEmptyEntries).All(RequestWords.Contains);

    /// <summary>After a bare request outside a task: asks what it is about instead of confirming, and waits for it.</summary>
    internal static bool AskIfBare(TurnScope scope)
    {
        if (scope.State.InFlow || scope.Replies.Count == 0
            || !scope.Effects.OfType<HandoffRequestedEffect>().Any(e => !e.AnswersTopic && IsBare(e.Question))
            || MenuText(scope, Flows.FlowTexts.HandoffAskTopic) is not { } ask)
        {
            return false;
        }

        scope.Replies[^1] = Reply.Plain(ask);
        scope.State = scope.State with { Pending = Awaiting };
        return true;
    }

    /// <summary>The worker's message after the question: it goes to the open request, and the bot says a petugas will answer.</summary>
    internal static bool TakeAnswer(TurnScope scope, string text)
    {
        // "hubungi petugas" again is no answer: it goes the usual way and is asked about again.
        if (scope.State.InFlow || scope.State.Pending != Awaiting || IsBare(text) || MenuText(scope, Flows.FlowTexts.HandoffTopicForwarded) is not { } forwarded)
        {
            return false;
        }

        scope.State = scope.State with { Pending = null };
        scope.Effects.Add(new HandoffRequestedEffect(text.Trim(), AnswersTopic: true));
        scope.Say(forwarded);
        return true;
    }

    private static string? MenuText(TurnScope scope, string key) =>
        scope.Services.Flows.Find(EngineServices.MenuFlowId)?.Text(key, string.Empty) is { Length: > 0 } text ? text.Trim() : null;
}
