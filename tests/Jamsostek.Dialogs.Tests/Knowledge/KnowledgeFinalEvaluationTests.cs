using Jamsostek.Dialogs.Knowledge;
using Xunit.Abstractions;

namespace Jamsostek.Dialogs.Tests.Knowledge;

/// <summary>
/// Measures the shipped matcher on eval/final.tsv, the untouched final test set (writers c and d, see
/// eval/README.md). Nobody reads its questions or its misses: this test prints aggregate figures only
/// (top-1, out-of-scope given a topic, recall counts per topic), never a question, never a wrong topic.
/// </summary>
public sealed class KnowledgeFinalEvaluationTests(ITestOutputHelper output)
{
    // Issue 15's targets.
    private const double TargetAccuracy = 0.93;
    private const double TargetOutOfScopeRate = 0.05;

    // Measured first, before any change of round 2: 81.9% top-1 (331/404) and 11.1% out-of-scope given a topic
    // (4/36) at threshold 0.41. With round 2's matcher (intent rules, out-of-scope class, threshold 0.28), measured
    // once at the end: 86.6% (350/404) and 2.8% (1/36); 86.9% (351/404) and 2.8% after round 3's merges.
    // Round 4 (concept word groups of maksud.yaml), measured once at the end: 87.9% (355/404) and 5.6% (2/36).
    // Round 5 (writers t1-t4's examples, out-of-scope penalty 1.25, threshold 0.46), measured once at the end: 90.8%
    // (367/404) and 0.0% (0/36); after dropping the writer examples that were near copies of final3.tsv questions and
    // re-sweeping the threshold on development data (0.48): 90.1% (364/404) and 0/36. 93% IS NOT MET; out-of-scope meets 5%. Top-1's floor sits at what the matcher reaches,
    // out-of-scope's at the target (1/36 is 2.8%), so neither can get worse unnoticed.
    private const double MinimumAccuracy = 364.0 / 404;
    private const double MaximumOutOfScopeRate = TargetOutOfScopeRate;

    private const int MinimumQuestions = 400;

    // Final questions with a near copy among the YAML examples when the set arrived (the writers never saw them:
    // short questions such as "cara klaim gmn" are simply how people ask). More means one was copied in.
    private const int CoincidentNearCopies = 86;

    private static readonly KnowledgeBase Knowledge = KnowledgeBase.Load(KnowledgeTestFiles.KnowledgeDirectory);
    private static readonly IReadOnlyList<LabelledQuestion> Questions = LabelledQuestion.ReadAll(KnowledgeTestFiles.FinalQuestionsFile);

    [Fact]
    public void ReadAll_HasEnoughQuestionsWithKnownLabels_WhenFinalSetRead()
    {
        Assert.True(Questions.Count >= MinimumQuestions, $"{Questions.Count} final questions, at least {MinimumQuestions}");

        // Counted, never listed: the lines stay unread.
        var unknownLabels = Questions.Sum(q => q.Labels.Count(l => Knowledge.Find(l) is null));
        Assert.True(unknownLabels == 0, $"{unknownLabels} labels in final.tsv name no topic");
    }

    [Fact]
    public void Examples_CopyNoFinalQuestion_WhenTopicsEdited()
    {
        // Counted without printing the questions.
        var copied = Questions.Count(q => !q.IsOutOfScope
            && Knowledge.Topics.Any(t => t.Examples.Any(e => KnowledgeEvaluationTests.IsNearCopy(q.Question, e))));

        Assert.True(copied <= CoincidentNearCopies, $"{copied} final questions have a near copy among the YAML examples, {CoincidentNearCopies} had one when the set arrived: the set measures generalisation, never add its questions as examples");
    }

    [Fact]
    public void Match_MeetsTargets_WhenRunOnFinalSet()
    {
        using var matcher = KnowledgeMatcher.Build(Knowledge);

        var final = KnowledgeEvaluation.Run("final", matcher, Questions);
        var summary = final.Figures() + Environment.NewLine + final.PerTopicRecall();
        output.WriteLine(summary);

        Assert.True(
            final.Accuracy >= MinimumAccuracy && final.OutOfScopeRate <= MaximumOutOfScopeRate,
            $"final: want top-1 >= {MinimumAccuracy:P1} (a floor under what the matcher reaches, NOT issue 15's target {TargetAccuracy:P0}, which is not met), out-of-scope <= {MaximumOutOfScopeRate:P1} (target {TargetOutOfScopeRate:P0}){Environment.NewLine}{summary}");
    }
}
