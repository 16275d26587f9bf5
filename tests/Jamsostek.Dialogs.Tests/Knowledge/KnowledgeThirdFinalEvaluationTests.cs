using Jamsostek.Dialogs.Knowledge;
using Xunit.Abstractions;

namespace Jamsostek.Dialogs.Tests.Knowledge;

/// <summary>
/// Measures the shipped matcher on eval/final3.tsv, the third untouched final test set (writers g and h,
/// round 5, see eval/README.md). final.tsv and final2.tsv had both been measured against by the end of round 4,
/// so this set is the honest figure from round 5 on. Aggregate figures only: never a question, never a wrong topic.
/// </summary>
public sealed class KnowledgeThirdFinalEvaluationTests(ITestOutputHelper output)
{
    // Issue 15's targets.
    private const double TargetAccuracy = 0.93;
    private const double TargetOutOfScopeRate = 0.05;

    // Measured first, on the day it arrived, with round 4's matcher (concept word groups, threshold 0.28), before any
    // change of round 5: 84.1% top-1 (339/403) and 8.1% out-of-scope given a topic (3/37).
    // Round 5 (writers t1-t4's examples, out-of-scope penalty 1.25), measured once at threshold 0.46 after the 39 writer
    // examples that were near copies of its questions were dropped (counted, never printed): 87.1% (351/403), 5.4% (2/37);
    // the development sweep's rule (at most 1 of 167 out-of-scope answered) then gave 0.48, shipped: 86.6% (349/403), 2/37.
    // NEITHER IS THE TARGET: the floors sit at what the matcher reaches, so it cannot get worse unnoticed.
    private const double MinimumAccuracy = 349.0 / 403;
    private const double MaximumOutOfScopeRate = 2.0 / 37;

    private const int MinimumQuestions = 400;

    // Questions with a near copy among the YAML examples when the set arrived (the writers never saw them).
    private const int CoincidentNearCopies = 83;

    private static readonly KnowledgeBase Knowledge = KnowledgeBase.Load(KnowledgeTestFiles.KnowledgeDirectory);
    private static readonly IReadOnlyList<LabelledQuestion> Questions = LabelledQuestion.ReadAll(KnowledgeTestFiles.ThirdFinalQuestionsFile);

    [Fact]
    public void ReadAll_HasEnoughQuestionsWithKnownLabels_WhenThirdFinalSetRead()
    {
        Assert.True(Questions.Count >= MinimumQuestions, $"{Questions.Count} final3 questions, at least {MinimumQuestions}");

        var unknownLabels = Questions.Sum(q => q.Labels.Count(l => Knowledge.Find(l) is null));
        Assert.True(unknownLabels == 0, $"{unknownLabels} labels in final3.tsv name no topic");
    }

    [Fact]
    public void Examples_CopyNoThirdFinalQuestion_WhenTopicsEdited()
    {
        var copied = Questions.Count(q => !q.IsOutOfScope
            && Knowledge.Topics.Any(t => t.Examples.Any(e => KnowledgeEvaluationTests.IsNearCopy(q.Question, e))));

        Assert.True(copied <= CoincidentNearCopies, $"{copied} final3 questions have a near copy among the YAML examples, {CoincidentNearCopies} had one when the set arrived: never add its questions as examples");
    }

    [Fact]
    public void Match_MeetsFloors_WhenRunOnThirdFinalSet()
    {
        using var matcher = KnowledgeMatcher.Build(Knowledge);

        var final = KnowledgeEvaluation.Run("final3", matcher, Questions);
        var summary = final.Figures() + Environment.NewLine + final.PerTopicRecall();
        output.WriteLine(summary);

        Assert.True(
            final.Accuracy >= MinimumAccuracy && final.OutOfScopeRate <= MaximumOutOfScopeRate,
            $"final3: want top-1 >= {MinimumAccuracy:P1} (a floor, NOT issue 15's target {TargetAccuracy:P0}), out-of-scope <= {MaximumOutOfScopeRate:P1} (target {TargetOutOfScopeRate:P0}){Environment.NewLine}{summary}");
    }
}
