using Jamsostek.Dialogs.Knowledge;
using Xunit.Abstractions;

namespace Jamsostek.Dialogs.Tests.Knowledge;

/// <summary>
/// Measures the shipped matcher on eval/fresh.tsv, written by people who never saw the examples (see
/// eval/README.md). Since round 2 of issue 15 the whole file is development data (its dev-test part was read
/// in round 1); the untouched test is final.tsv (<see cref="KnowledgeFinalEvaluationTests"/>). The two parts
/// are still reported apart so the dev-test figure stays comparable with round 1's.
/// </summary>
public sealed class KnowledgeFreshEvaluationTests(ITestOutputHelper output)
{
    // The dev-test part: 87.7% (250/285) and 1.8% (1/57) before round 2, 96.5% (275/285) and 1.8% (1/57) after
    // (tuned on since round 2, so it flatters the matcher: final.tsv is the honest figure); floors just under.
    // Round 4 (concept groups): 97.2% (277/285) and 1.8% (1/57). Round 5 (writers t1-t4's examples, threshold 0.46):
    // 98.2% (280/285) and 1.8% (1/57); after dropping the final3 near copies, threshold 0.48: 97.5% (278/285), 1/57.
    // Round 6 (writers t5-t8's examples, threshold 0.48): 98.2% (280/285), 1/57. Round 7 (writers t9-t12's examples,
    // threshold 0.48): 98.6% (281/285), 1/57; the floor sits at it. Round 7's stopped
    // candidate (pointers, threshold 0.40, without t9-t12): 98.2% (280/285), 1/57. Round 8 (scope detector, threshold 0.40,
    // minimum 0.40): 98.6% (281/285), 0/57.
    private const double MinimumAccuracy = 281.0 / 285;
    private const double MaximumOutOfScopeRate = 0.05;

    // The DEV part (tuned on): 90.9% (159/175) and 6.1% (2/33) before round 2, 95.4% (167/175) and 0.0% (0/33)
    // after; floors just under. Round 4 (concept groups): 94.3% (165/175) and 0.0% (0/33). Round 5 (writers t1-t4's
    // examples, threshold 0.46): 95.4% (167/175) and 0.0% (0/33); after dropping the final3 near copies, threshold
    // 0.48: 94.9% (166/175), 0/33. Round 6 (writers t5-t8's examples, threshold 0.48): 96.0% (168/175) and 3.0% (1/33).
    // Round 7 (writers t9-t12's examples, threshold 0.48): 96.6% (169/175) and 3.0% (1/33); the floor sits at it. Round 7's stopped
    // candidate (pointers, threshold 0.40, without t9-t12): 96.6% (169/175), 0/33 (the lost-KTP question gets Dukcapil's
    // pointer, not a topic; 1/33 counting pointers as topics). Round 8 (scope detector, threshold 0.40, minimum 0.40): 96.6%
    // (169/175) and 3.0% (1/33): the lost-KTP question still goes to klaim (the detector judges it in scope).
    private const double MinimumDevAccuracy = 169.0 / 175;
    private const double MaximumDevOutOfScopeRate = 0.05;

    private const int MinimumQuestions = 400;
    private const int MinimumTestInScope = 200;

    // Fresh questions with a near copy among the YAML examples, counted with the examples as they were when the
    // set arrived (the writers never saw them: "cara klaim gmn" is simply how people ask), normalised with this
    // branch's slang.yaml. More means a question was copied in; a slang edit may move it by one or two
    // (84 since round 2's Banjar "lawan: dengan" made a Banjar question read like the old example "sambungkan ke operator").
    private const int CoincidentNearCopies = 84;

    private static readonly KnowledgeBase Knowledge = KnowledgeCache.Get(KnowledgeTestFiles.KnowledgeDirectory).Knowledge;
    private static readonly IReadOnlyList<LabelledQuestion> Questions = LabelledQuestion.ReadAll(KnowledgeTestFiles.FreshQuestionsFile);

    [Fact]
    public void ReadAll_HasEnoughQuestionsWithKnownLabels_WhenFreshSetRead()
    {
        Assert.True(Questions.Count >= MinimumQuestions, $"{Questions.Count} fresh questions, at least {MinimumQuestions}");
        var testInScope = Questions.Count(q => q.IsFreshTest && !q.IsOutOfScope);
        Assert.True(testInScope >= MinimumTestInScope, $"{testInScope} in-scope questions in the dev-test part, at least {MinimumTestInScope}");
        Assert.Empty(Questions.SelectMany(q => q.Labels.Where(l => Knowledge.Find(l) is null).Select(l => $"line {q.Line}: {l}")));
    }

    [Fact]
    public void Examples_CopyNoFreshQuestion_WhenTopicsEdited()
    {
        var copied = Questions.Count(q => !q.IsOutOfScope
            && Knowledge.Topics.Any(t => t.Examples.Any(e => KnowledgeEvaluationTests.IsNearCopy(q.Question, e))));

        Assert.True(copied <= CoincidentNearCopies, $"{copied} fresh questions have a near copy among the YAML examples, {CoincidentNearCopies} had one before: the set measures generalisation, do not add its questions as examples");
    }

    [Fact]
    public void Match_ReportsDevPart_WhenRunOnFreshDevQuestions()
    {
        var matcher = KnowledgeCache.Get(KnowledgeTestFiles.KnowledgeDirectory).Matcher; // the bot's, built once a process

        var dev = KnowledgeEvaluation.Run("fresh DEV", matcher, Questions.Where(q => !q.IsFreshTest));
        output.WriteLine(dev.Sweep() + dev.Figures() + Environment.NewLine + dev.Confusion() + dev.MissList());

        Assert.True(dev.Accuracy >= MinimumDevAccuracy && dev.OutOfScopeRate <= MaximumDevOutOfScopeRate, dev.Figures());
    }

    [Fact]
    public void Match_ReportsDevTestPart_WhenRunOnFreshDevTestQuestions()
    {
        var matcher = KnowledgeCache.Get(KnowledgeTestFiles.KnowledgeDirectory).Matcher; // the bot's, built once a process

        var test = KnowledgeEvaluation.Run("fresh dev-test", matcher, Questions.Where(q => q.IsFreshTest));
        var summary = test.Sweep() + test.Figures() + Environment.NewLine + test.Confusion() + test.MissList();
        output.WriteLine(summary);

        Assert.True(
            test.Accuracy >= MinimumAccuracy && test.OutOfScopeRate <= MaximumOutOfScopeRate,
            $"fresh dev-test: want top-1 >= {MinimumAccuracy:P1}, out-of-scope <= {MaximumOutOfScopeRate:P1}{Environment.NewLine}{summary}");
    }
}
