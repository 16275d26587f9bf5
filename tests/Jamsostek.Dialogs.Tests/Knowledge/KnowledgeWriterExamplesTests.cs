using Jamsostek.Dialogs.Knowledge;

namespace Jamsostek.Dialogs.Tests.Knowledge;

/// <summary>
/// Issue 15, round 5: the training examples writers t1 to t4 wrote from the topic list and answers only
/// (eval/train5.tsv) are in the YAML where staff edit them, and none is a near copy of an evaluation question of any
/// set, so every set still measures questions the matcher has not seen. Final sets are counted, never printed.
/// </summary>
public sealed class KnowledgeWriterExamplesTests
{
    private const int MinimumWriterExamples = 900;

    private static readonly KnowledgeBase Knowledge = KnowledgeBase.Load(KnowledgeTestFiles.KnowledgeDirectory);
    private static readonly IReadOnlyList<LabelledQuestion> Writers = LabelledQuestion.ReadAll(KnowledgeTestFiles.WriterExamplesFile);

    [Fact]
    public void WriterExamples_AreInTheYaml_WhenBroughtIn()
    {
        var missing = Writers
            .Where(w => w.IsOutOfScope
                ? !Knowledge.OutOfScopeExamples.Contains(w.Question, StringComparer.Ordinal)
                : Knowledge.Find(w.Label!) is not { } topic || !topic.Examples.Contains(w.Question, StringComparer.Ordinal))
            .Select(w => $"train5.tsv line {w.Line} [{w.Label ?? "-"}] {w.Question}")
            .ToList();

        Assert.True(Writers.Count >= MinimumWriterExamples, $"{Writers.Count} writer examples, at least {MinimumWriterExamples}");
        Assert.True(missing.Count == 0, "not in the topic's examples or maksud.yaml's out_of_scope:" + Environment.NewLine + string.Join(Environment.NewLine, missing));
    }

    [Fact]
    public void WriterExamples_CopyNoDevelopmentQuestion_WhenBroughtIn()
    {
        var copies = LabelledQuestion.ReadAll(KnowledgeTestFiles.QuestionsFile).Where(q => q.IsHeldOut || q.IsOutOfScope)
            .Concat(LabelledQuestion.ReadAll(KnowledgeTestFiles.FreshQuestionsFile))
            .SelectMany(q => Writers.Where(w => KnowledgeEvaluationTests.IsNearCopy(q.Question, w.Question)).Select(w => $"train5.tsv line {w.Line} \"{w.Question}\" ~ \"{q.Question}\""))
            .ToList();

        Assert.True(copies.Count == 0, string.Join(Environment.NewLine, copies));
    }

    [Fact]
    public void WriterExamples_CopyNoFinalQuestion_WhenBroughtIn()
    {
        // Counted only: a final set's questions are never printed.
        var copies = KnowledgeFinalEvaluationTests.Sets
            .SelectMany(s => s.Read())
            .Count(q => Writers.Any(w => KnowledgeEvaluationTests.IsNearCopy(q.Question, w.Question)));

        Assert.True(copies == 0, $"{copies} final questions have a near copy in train5.tsv: drop those examples without looking at the final sets");
    }
}
