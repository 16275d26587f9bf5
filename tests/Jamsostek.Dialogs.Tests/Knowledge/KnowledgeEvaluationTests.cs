using System.Globalization;
using System.Text;
using Jamsostek.Dialogs.Knowledge;
using Xunit.Abstractions;

namespace Jamsostek.Dialogs.Tests.Knowledge;

/// <summary>
/// Measures the matcher on questions written the way workers type. The index holds the YAML examples
/// plus the train part; the held-out part is never indexed.
/// </summary>
public sealed class KnowledgeEvaluationTests(ITestOutputHelper output)
{
    private const double MinimumAccuracy = 0.90;
    private const double MaximumOutOfScopeRate = 0.10;

    [Fact]
    public void Match_MeetsAccuracyAndRejectsOutOfScope_WhenRunOnHeldOutQuestions()
    {
        var knowledge = KnowledgeBase.Load(KnowledgeTestFiles.KnowledgeDirectory);
        var questions = LabelledQuestion.ReadAll(KnowledgeTestFiles.QuestionsFile);
        var train = questions.Where(q => !q.IsHeldOut && q.Label is not null).Select(q => (q.Question, q.Label!));
        using var matcher = KnowledgeMatcher.Build(knowledge, train);

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
