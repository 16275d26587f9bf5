using Jamsostek.Dialogs.Knowledge;
using Xunit.Abstractions;

namespace Jamsostek.Dialogs.Tests.Knowledge;

/// <summary>
/// Measures the shipped matcher on eval/final2.tsv, the second untouched final test set (writers e and f,
/// round 3, see eval/README.md). final.tsv had been looked at a few times by the end of round 2, so this set
/// is the honest figure from round 3 on. Aggregate figures only: never a question, never a wrong topic.
/// </summary>
public sealed class KnowledgeSecondFinalEvaluationTests(ITestOutputHelper output)
{
    // Issue 15's targets.
    private const double TargetAccuracy = 0.93;
    private const double TargetOutOfScopeRate = 0.05;

    // Measured first, on the day it arrived, with round 2's matcher (threshold 0.28), before any change of round 3:
    // 80.4% top-1 (325/404) and 5.6% out-of-scope given a topic (2/36).
    // Round 4 (concept word groups of maksud.yaml), measured ONCE at the end: 80.9% (327/404) and 8.3% (3/36).
    // Round 5 (writers t1-t4's examples, out-of-scope penalty 1.25, threshold 0.46), measured ONCE at the end: 89.4%
    // (361/404) and 0.0% (0/36); after dropping the writer examples that were near copies of final3.tsv questions and
    // re-sweeping the threshold on development data (0.48): 88.9% (359/404) and 0/36. 93% IS NOT MET; out-of-scope meets 5%. Top-1's floor sits at what the matcher reaches,
    // out-of-scope's at the target (1/36 is 2.8%), so neither can get worse unnoticed.
    private const double MinimumAccuracy = 359.0 / 404;
    private const double MaximumOutOfScopeRate = TargetOutOfScopeRate;

    private const int MinimumQuestions = 400;

    // Questions with a near copy among the YAML examples when the set arrived (the writers never saw them).
    private const int CoincidentNearCopies = 91;

    private static readonly KnowledgeBase Knowledge = KnowledgeBase.Load(KnowledgeTestFiles.KnowledgeDirectory);
    private static readonly IReadOnlyList<LabelledQuestion> Questions = LabelledQuestion.ReadAll(KnowledgeTestFiles.SecondFinalQuestionsFile);

    [Fact]
    public void ReadAll_HasEnoughQuestionsWithKnownLabels_WhenSecondFinalSetRead()
    {
        Assert.True(Questions.Count >= MinimumQuestions, $"{Questions.Count} final2 questions, at least {MinimumQuestions}");

        var unknownLabels = Questions.Sum(q => q.Labels.Count(l => Knowledge.Find(l) is null));
        Assert.True(unknownLabels == 0, $"{unknownLabels} labels in final2.tsv name no topic");
    }

    [Fact]
    public void Examples_CopyNoSecondFinalQuestion_WhenTopicsEdited()
    {
        var copied = Questions.Count(q => !q.IsOutOfScope
            && Knowledge.Topics.Any(t => t.Examples.Any(e => KnowledgeEvaluationTests.IsNearCopy(q.Question, e))));

        Assert.True(copied <= CoincidentNearCopies, $"{copied} final2 questions have a near copy among the YAML examples, {CoincidentNearCopies} had one when the set arrived: never add its questions as examples");
    }

    [Fact]
    public void Match_MeetsFloors_WhenRunOnSecondFinalSet()
    {
        using var matcher = KnowledgeMatcher.Build(Knowledge);

        var final = KnowledgeEvaluation.Run("final2", matcher, Questions);
        var summary = final.Figures() + Environment.NewLine + final.PerTopicRecall();
        output.WriteLine(summary);

        Assert.True(
            final.Accuracy >= MinimumAccuracy && final.OutOfScopeRate <= MaximumOutOfScopeRate,
            $"final2: want top-1 >= {MinimumAccuracy:P1} (a floor, NOT issue 15's target {TargetAccuracy:P0}), out-of-scope <= {MaximumOutOfScopeRate:P1} (target {TargetOutOfScopeRate:P0}){Environment.NewLine}{summary}");
    }
}
