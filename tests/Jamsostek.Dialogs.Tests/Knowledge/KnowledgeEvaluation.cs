using System.Globalization;
using System.Text;
using Jamsostek.Dialogs.Knowledge;

namespace Jamsostek.Dialogs.Tests.Knowledge;

/// <summary>
/// The matcher's answers to a set of labelled questions, and the figures the evaluation reports: top-1
/// accuracy (the answered topic is one of the question's labels), the share of out-of-scope questions
/// given a topic, a threshold sweep, and the confusion summary.
/// </summary>
/// <remarks>
/// Pointers (rujukan.yaml, <see cref="KnowledgeTopic.IsPointer"/>): an out-of-scope question answered with a pointer counts
/// as NOT answered with a topic, and only because a pointer's text does not pretend to answer a BPJS Ketenagakerjaan question
/// (it says whose subject it is and where to ask). Every figure is also printed the other way, pointers counted as topics
/// ("counting pointers as topics"), so a reader can judge. A pointer picked for an in-scope question is a miss.
/// </remarks>
internal sealed class KnowledgeEvaluation
{
    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    private KnowledgeEvaluation(string name, double threshold, List<(LabelledQuestion Question, KnowledgeMatch Match)> results)
    {
        Name = name;
        Threshold = threshold;
        InScope = results.Where(r => !r.Question.IsOutOfScope).ToList();
        OutOfScope = results.Where(r => r.Question.IsOutOfScope).ToList();
        Misses = InScope.Where(r => !r.Question.Accepts(r.Match.Topic?.Id)).ToList();
        FalseTopics = OutOfScope.Where(r => r.Match.Topic is { IsPointer: false }).ToList();
        Pointed = OutOfScope.Where(r => r.Match.Topic is { IsPointer: true }).ToList();
    }

    public string Name { get; }

    public double Threshold { get; }

    public List<(LabelledQuestion Question, KnowledgeMatch Match)> InScope { get; }

    public List<(LabelledQuestion Question, KnowledgeMatch Match)> OutOfScope { get; }

    public List<(LabelledQuestion Question, KnowledgeMatch Match)> Misses { get; }

    public List<(LabelledQuestion Question, KnowledgeMatch Match)> FalseTopics { get; }

    /// <summary>Out-of-scope questions answered with a pointer to another agency: not a topic, by the rule above.</summary>
    public List<(LabelledQuestion Question, KnowledgeMatch Match)> Pointed { get; }

    public int Correct => InScope.Count - Misses.Count;

    public double Accuracy => InScope.Count == 0 ? 0 : (double)Correct / InScope.Count;

    public double OutOfScopeRate => OutOfScope.Count == 0 ? 0 : (double)FalseTopics.Count / OutOfScope.Count;

    public static KnowledgeEvaluation Run(string name, KnowledgeMatcher matcher, IEnumerable<LabelledQuestion> questions) =>
        new(name, matcher.Threshold, questions.Select(q => (q, matcher.Match(q.Question))).ToList());

    /// <summary>Out-of-scope questions given a topic when a pointer counts as a topic too: the other way of counting.</summary>
    public double OutOfScopeRateCountingPointers => OutOfScope.Count == 0 ? 0 : (double)(FalseTopics.Count + Pointed.Count) / OutOfScope.Count;

    /// <summary>The two headline figures, one line; out of scope both ways (pointers not a topic, and counted as topics).</summary>
    public string Figures() =>
        string.Create(Culture, $"{Name}: top-1 {Accuracy:P1} ({Correct}/{InScope.Count}), out-of-scope given a topic {OutOfScopeRate:P1} ({FalseTopics.Count}/{OutOfScope.Count}), counting pointers as topics {OutOfScopeRateCountingPointers:P1} ({FalseTopics.Count + Pointed.Count}/{OutOfScope.Count}) at threshold {Threshold:0.00}");

    /// <summary>Accuracy and out-of-scope rate at other thresholds, to re-choose the threshold after editing topics.</summary>
    public string Sweep()
    {
        var text = new StringBuilder(Name).Append(" threshold sweep (top-1 / out-of-scope answered):");
        for (var t = 0.30; t <= 0.801; t += 0.05)
        {
            var correct = InScope.Count(x => x.Match.Closest.Count > 0 && x.Question.Accepts(x.Match.Closest[0].Id) && x.Match.Score >= t);
            var answered = OutOfScope.Count(x => x.Match.Closest.Count > 0 && !x.Match.Closest[0].IsPointer && x.Match.Score >= t);
            var pointed = OutOfScope.Count(x => x.Match.Closest.Count > 0 && x.Match.Closest[0].IsPointer && x.Match.Score >= t);
            text.Append(Culture, $" {t:0.00}: {Ratio(correct, InScope.Count):P1}/{Ratio(answered, OutOfScope.Count):P1}{(pointed > 0 ? $" (+{pointed} pointed)" : "")};");
        }

        return text.AppendLine().ToString();
    }

    /// <summary>Counts of expected -> answered topic pairs, most frequent first: no question text.</summary>
    public string Confusion()
    {
        var text = new StringBuilder(Name).AppendLine(" confusion (expected -> got: count):");
        var pairs = Misses.Select(m => $"{string.Join('|', m.Question.Labels)} -> {m.Match.Topic?.Id ?? "(not understood)"}")
            .Concat(FalseTopics.Select(m => $"(out of scope) -> {m.Match.Topic!.Id}"))
            .Concat(Pointed.Select(m => $"(out of scope) -> pointer {m.Match.Topic!.Id} (not a topic)"));
        foreach (var group in pairs.GroupBy(p => p, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            text.AppendLine(Culture, $"  {group.Key}: {group.Count()}");
        }

        return text.ToString();
    }

    /// <summary>
    /// For each topic that is a question's first label: how many such questions got an acceptable answer. Counts
    /// only, no question text and no wrong topic: safe to print for the untouched final set.
    /// </summary>
    public string PerTopicRecall()
    {
        var text = new StringBuilder(Name).AppendLine(" recall by first label (right/questions):");
        foreach (var group in InScope.GroupBy(r => r.Question.Labels[0], StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var right = group.Count(r => r.Question.Accepts(r.Match.Topic?.Id));
            text.AppendLine(Culture, $"  {group.Key}: {right}/{group.Count()}");
        }

        return text.ToString();
    }

    /// <summary>Every miss with its question: only for sets one may tune on (never final.tsv).</summary>
    public string MissList()
    {
        var text = new StringBuilder(Name).AppendLine(" misses:");
        foreach (var (q, m) in Misses.Concat(FalseTopics).Concat(Pointed))
        {
            text.AppendLine(Culture,
                $"  line {q.Line} [{(q.IsOutOfScope ? LabelledQuestion.OutOfScope : string.Join(',', q.Labels))}] \"{q.Question}\" -> {m.Topic?.Id ?? "-"} score {m.Score:0.00}, closest {string.Join(", ", m.Closest.Select(t => t.Id))}");
        }

        return text.ToString();
    }

    private static double Ratio(int count, int total) => total == 0 ? 0 : (double)count / total;
}
