using System.Globalization;
using System.Text;
using Jamsostek.Dialogs.Knowledge;
using Xunit.Abstractions;

namespace Jamsostek.Dialogs.Tests.Knowledge;

/// <summary>
/// Measures the shipped matcher (built from the YAML examples exactly as DialogEngineFactory builds it)
/// on questions written the way workers type. The train half of the labelled set lives in the YAML
/// examples; the held-out half is never an example, nor a near-copy of one.
/// </summary>
public sealed class KnowledgeEvaluationTests(ITestOutputHelper output)
{
    private const double MinimumAccuracy = 0.90;
    private const double MaximumOutOfScopeRate = 0.10;
    private const int MinimumHeldOut = 100;
    private const int MinimumQuestions = 300;

    private static readonly KnowledgeBase Knowledge = KnowledgeBase.Load(KnowledgeTestFiles.KnowledgeDirectory);
    private static readonly IReadOnlyList<LabelledQuestion> Questions = LabelledQuestion.ReadAll(KnowledgeTestFiles.QuestionsFile);

    [Fact]
    public void ReadAll_HasEnoughQuestions_WhenSplitByHash()
    {
        Assert.True(Questions.Count >= MinimumQuestions, $"{Questions.Count} labelled questions, at least {MinimumQuestions}");
        var heldOut = Questions.Count(q => q.IsHeldOut && q.Label is not null);
        Assert.True(heldOut >= MinimumHeldOut, $"{heldOut} held-out in-scope questions, at least {MinimumHeldOut}");
        var unknown = Questions.Where(q => q.Label is not null && Knowledge.Find(q.Label) is null).Select(q => $"line {q.Line}: {q.Label}");
        Assert.Empty(unknown);
    }

    [Fact]
    public void TrainPart_IsInYamlExamples_WhenLabelled()
    {
        // The train half is only useful where the shipped index reads it: the topic's YAML examples.
        var missing = Questions.Where(q => !q.IsHeldOut && q.Label is not null)
            .Where(q => !Knowledge.Find(q.Label!)!.Examples.Any(e => Words(e).SetEquals(Words(q.Question))))
            .Select(q => $"line {q.Line} [{q.Label}] {q.Question}: add it to the topic's examples (it hashes into the train half)")
            .ToList();
        Assert.True(missing.Count == 0, string.Join(Environment.NewLine, missing));
    }

    [Fact]
    public void HeldOutPart_HasNoNearCopyOfAnExample_WhenLabelled()
    {
        var copies = Questions.Where(q => q.IsHeldOut && q.Label is not null)
            .SelectMany(q => Knowledge.Find(q.Label!)!.Examples.Where(e => IsNearCopy(q.Question, e)).Select(e => $"line {q.Line} \"{q.Question}\" ~ example \"{e}\""))
            .ToList();
        Assert.True(copies.Count == 0, "held-out questions that only repeat an example:" + Environment.NewLine + string.Join(Environment.NewLine, copies));
    }

    [Fact]
    public void Match_MeetsAccuracyAndRejectsOutOfScope_WhenRunOnHeldOutQuestions()
    {
        var questions = Questions;
        using var matcher = KnowledgeMatcher.Build(Knowledge); // as DialogEngineFactory does

        var heldOut = questions.Where(q => q.IsHeldOut && q.Label is not null).ToList();
        var outOfScope = questions.Where(q => q.Label is null).ToList(); // never indexed, so all of them count
        var misses = new List<(LabelledQuestion Question, KnowledgeMatch Match)>();
        var correct = 0;
        foreach (var q in heldOut)
        {
            var match = matcher.Match(q.Question);
            if (match.Topic?.Id == q.Label)
            {
                correct++;
            }
            else
            {
                misses.Add((q, match));
            }
        }

        var falseTopics = outOfScope.Select(q => (Question: q, Match: matcher.Match(q.Question)))
            .Where(x => x.Match.Topic is not null)
            .ToList();

        var accuracy = (double)correct / heldOut.Count;
        var outOfScopeRate = (double)falseTopics.Count / outOfScope.Count;
        var sweep = Sweep(heldOut.Select(q => (q, matcher.Match(q.Question))).ToList(), outOfScope.Select(q => matcher.Match(q.Question)).ToList());
        var summary = sweep + Summarize(accuracy, heldOut.Count, outOfScopeRate, outOfScope.Count, misses, falseTopics, matcher.Threshold);
        output.WriteLine(summary);

        Assert.True(
            accuracy >= MinimumAccuracy && outOfScopeRate <= MaximumOutOfScopeRate,
            summary);
    }

    /// <summary>
    /// Same words after normalisation and stop words, or one word added or dropped ("saldo jht dapat
    /// bunga ga" vs "jht dapat bunga ga"): such a question measures recall of the example, not understanding.
    /// </summary>
    private static bool IsNearCopy(string question, string example)
    {
        var q = Words(question);
        var e = Words(example);
        if (q.Count == 0 || e.Count == 0)
        {
            return false;
        }

        return q.SetEquals(e)
            || (e.Count >= 2 && e.IsSubsetOf(q) && q.Count - e.Count <= 1)
            || (q.Count >= 2 && q.IsSubsetOf(e) && e.Count - q.Count <= 1);
    }

    private static HashSet<string> Words(string text) =>
        Normal(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Knowledge.StopWords.Contains(w)).ToHashSet(StringComparer.Ordinal);

    private static string Normal(string text) => Knowledge.Normalizer.Normalize(text);

    /// <summary>Accuracy and out-of-scope rate at other thresholds, to re-choose the threshold after editing topics.</summary>
    private static string Sweep(List<(LabelledQuestion Question, KnowledgeMatch Match)> heldOut, List<KnowledgeMatch> outOfScope)
    {
        var text = new StringBuilder("threshold sweep (accuracy / out-of-scope answered):");
        for (var t = 0.30; t <= 0.801; t += 0.05)
        {
            var accuracy = heldOut.Count(x => x.Match.Closest.Count > 0 && x.Match.Closest[0].Id == x.Question.Label && x.Match.Score >= t) / (double)heldOut.Count;
            var rate = outOfScope.Count(m => m.Closest.Count > 0 && m.Score >= t) / (double)outOfScope.Count;
            text.Append(CultureInfo.InvariantCulture, $" {t:0.00}: {accuracy:P0}/{rate:P0};");
        }

        return text.AppendLine().ToString();
    }

    private static string Summarize(
        double accuracy,
        int heldOut,
        double outOfScopeRate,
        int outOfScope,
        List<(LabelledQuestion Question, KnowledgeMatch Match)> misses,
        List<(LabelledQuestion Question, KnowledgeMatch Match)> falseTopics,
        double threshold)
    {
        var culture = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(culture, $"threshold {threshold:0.00}");
        text.AppendLine(culture, $"held-out top-1 accuracy {accuracy:P1} of {heldOut} (minimum {MinimumAccuracy:P0})");
        text.AppendLine(culture, $"out-of-scope given a topic {outOfScopeRate:P1} of {outOfScope} (maximum {MaximumOutOfScopeRate:P0})");
        text.AppendLine("confusion (expected -> got: count):");
        foreach (var group in misses.GroupBy(m => $"{m.Question.Label} -> {m.Match.Topic?.Id ?? "(not understood)"}").OrderByDescending(g => g.Count()))
        {
            text.AppendLine(culture, $"  {group.Key}: {group.Count()}");
        }

        text.AppendLine("misses:");
        foreach (var (q, m) in misses.Concat(falseTopics))
        {
            text.AppendLine(culture,
                $"  line {q.Line} [{q.Label ?? "-"}] \"{q.Question}\" -> {m.Topic?.Id ?? "-"} score {m.Score:0.00}, closest {string.Join(", ", m.Closest.Select(t => t.Id))}");
        }

        return text.ToString();
    }
}
