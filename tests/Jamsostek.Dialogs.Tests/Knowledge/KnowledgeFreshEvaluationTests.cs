using Jamsostek.Dialogs.Knowledge;
using Xunit.Abstractions;

namespace Jamsostek.Dialogs.Tests.Knowledge;

/// <summary>
/// Measures the shipped matcher on eval/fresh.tsv, written by people who never saw the examples (see
/// eval/README.md). The DEV part may be read while improving the matcher; the TEST part is only ever
/// reported as figures and a confusion summary, never question by question.
/// </summary>
public sealed class KnowledgeFreshEvaluationTests(ITestOutputHelper output)
{
    // Issue 15's targets for the untouched TEST part.
    private const double TargetAccuracy = 0.93;
    private const double TargetOutOfScopeRate = 0.05;

    // NOT THE ACCURACY TARGET: the matcher reaches 87.4% top-1 (249/285) and 1.8% out-of-scope (1/57) on the
    // TEST part, so the build fails safe just under that until the 93% target is met (issue 15's note has the figures).
    private const double MinimumAccuracy = 0.87;
    private const double MaximumOutOfScopeRate = TargetOutOfScopeRate;

    // The DEV part (tuned on): 90.9% (159/175) and 6.1% (2/33); floors just under.
    private const double MinimumDevAccuracy = 0.90;
    private const double MaximumDevOutOfScopeRate = 0.07;

    private const int MinimumQuestions = 400;
    private const int MinimumTestInScope = 200;

    // Fresh questions with a near copy among the YAML examples, counted with the examples as they were when the
    // set arrived (the writers never saw them: "cara klaim gmn" is simply how people ask), normalised with this
    // branch's slang.yaml. More means a question was copied in; a slang edit may move it by one or two.
    private const int CoincidentNearCopies = 83;

    private static readonly KnowledgeBase Knowledge = KnowledgeBase.Load(KnowledgeTestFiles.KnowledgeDirectory);
    private static readonly IReadOnlyList<LabelledQuestion> Questions = LabelledQuestion.ReadAll(KnowledgeTestFiles.FreshQuestionsFile);

    [Fact]
    public void ReadAll_HasEnoughQuestionsWithKnownLabels_WhenFreshSetRead()
    {
        Assert.True(Questions.Count >= MinimumQuestions, $"{Questions.Count} fresh questions, at least {MinimumQuestions}");
        var testInScope = Questions.Count(q => q.IsFreshTest && !q.IsOutOfScope);
        Assert.True(testInScope >= MinimumTestInScope, $"{testInScope} in-scope questions in the TEST part, at least {MinimumTestInScope}");
        Assert.Empty(Questions.SelectMany(q => q.Labels.Where(l => Knowledge.Find(l) is null).Select(l => $"line {q.Line}: {l}")));
    }

    [Fact]
    public void Examples_CopyNoFreshQuestion_WhenTopicsEdited()
    {
        // Counted without printing the questions: the TEST part stays unread.
        var copied = Questions.Count(q => !q.IsOutOfScope
            && Knowledge.Topics.Any(t => t.Examples.Any(e => KnowledgeEvaluationTests.IsNearCopy(q.Question, e))));

        Assert.True(copied <= CoincidentNearCopies, $"{copied} fresh questions have a near copy among the YAML examples, {CoincidentNearCopies} had one before: the set measures generalisation, do not add its questions as examples");
    }

    [Fact]
    public void Match_ReportsDevPart_WhenRunOnFreshDevQuestions()
    {
        using var matcher = KnowledgeMatcher.Build(Knowledge);

        var dev = KnowledgeEvaluation.Run("fresh DEV", matcher, Questions.Where(q => !q.IsFreshTest));
        output.WriteLine(dev.Sweep() + dev.Figures() + Environment.NewLine + dev.Confusion() + dev.MissList());

        Assert.True(dev.Accuracy >= MinimumDevAccuracy && dev.OutOfScopeRate <= MaximumDevOutOfScopeRate, dev.Figures());
    }

    [Fact]
    public void Match_MeetsTargets_WhenRunOnFreshTestPart()
    {
        using var matcher = KnowledgeMatcher.Build(Knowledge);

        var test = KnowledgeEvaluation.Run("fresh TEST", matcher, Questions.Where(q => q.IsFreshTest));
        var summary = test.Sweep() + test.Figures() + Environment.NewLine + test.Confusion();
        output.WriteLine(summary);

        Assert.True(
            test.Accuracy >= MinimumAccuracy && test.OutOfScopeRate <= MaximumOutOfScopeRate,
            $"fresh TEST: want top-1 >= {MinimumAccuracy:P1}, out-of-scope <= {MaximumOutOfScopeRate:P1} (issue 15's targets {TargetAccuracy:P0} / {TargetOutOfScopeRate:P0}){Environment.NewLine}{summary}");
    }
}
