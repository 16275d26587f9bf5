using Jamsostek.Dialogs.Knowledge;

namespace Jamsostek.Dialogs.Tests.Knowledge;

/// <summary>
/// Issue 15, rounds 5 to 7: the training examples writers wrote from the topic list and answers only (eval/train5.tsv:
/// t1 to t4; eval/train6.tsv: t5 to t8; eval/train7.tsv: t9 to t12) are in the YAML where staff edit them, and none is
/// a near copy of an evaluation question of a set that existed when they came in, so every set still measures questions
/// the matcher has not seen.
/// Final sets are counted, never printed. A final set that arrived later (final4.tsv after train5.tsv) may share wording
/// with older examples its writers never saw: those coincidences are its CoincidentNearCopies, counted on arrival.
/// </summary>
public sealed class KnowledgeWriterExamplesTests
{
    private const int MinimumWriterExamples = 900;

    private static readonly KnowledgeBase Knowledge = KnowledgeBase.Load(KnowledgeTestFiles.KnowledgeDirectory);

    public static TheoryData<string> Records => [.. KnowledgeTestFiles.WriterExamplesFiles.Select(Path.GetFileName).OfType<string>()];

    [Theory]
    [MemberData(nameof(Records))]
    public void WriterExamples_AreInTheYaml_WhenBroughtIn(string record)
    {
        var writers = Read(record);
        var missing = writers
            .Where(w => w.IsOutOfScope
                ? !Knowledge.OutOfScopeExamples.Contains(w.Question, StringComparer.Ordinal)
                : Knowledge.Find(w.Label!) is not { } topic || !topic.Examples.Contains(w.Question, StringComparer.Ordinal))
            .Select(w => $"{record} line {w.Line} [{w.Label ?? "-"}] {w.Question}")
            .ToList();

        Assert.True(writers.Count >= MinimumWriterExamples, $"{writers.Count} writer examples, at least {MinimumWriterExamples}");
        Assert.True(missing.Count == 0, "not in the topic's examples or maksud.yaml's out_of_scope:" + Environment.NewLine + string.Join(Environment.NewLine, missing));
    }

    [Theory]
    [MemberData(nameof(Records))]
    public void WriterExamples_CopyNoDevelopmentQuestion_WhenBroughtIn(string record)
    {
        var writers = Read(record);
        var copies = LabelledQuestion.ReadAll(KnowledgeTestFiles.QuestionsFile).Where(q => q.IsHeldOut || q.IsOutOfScope)
            .Concat(LabelledQuestion.ReadAll(KnowledgeTestFiles.FreshQuestionsFile))
            .SelectMany(q => writers.Where(w => KnowledgeEvaluationTests.IsNearCopy(q.Question, w.Question)).Select(w => $"{record} line {w.Line} \"{w.Question}\" ~ \"{q.Question}\""))
            .ToList();

        Assert.True(copies.Count == 0, string.Join(Environment.NewLine, copies));
    }

    [Theory]
    [MemberData(nameof(Records))]
    public void WriterExamples_CopyNoFinalQuestion_WhenBroughtIn(string record)
    {
        var writers = Read(record);
        // Counted only: a final set's questions are never printed.
        var round = int.Parse(record["train".Length..record.IndexOf('.', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
        var copies = KnowledgeFinalEvaluationTests.Sets
            .Where(s => s.ArrivedInRound <= round)
            .SelectMany(s => s.Read())
            .Count(q => writers.Any(w => KnowledgeEvaluationTests.IsNearCopy(q.Question, w.Question)));

        Assert.True(copies == 0, $"{copies} final questions have a near copy in {record}: drop those examples without looking at the final sets");
    }

    private static IReadOnlyList<LabelledQuestion> Read(string record) =>
        LabelledQuestion.ReadAll(KnowledgeTestFiles.WriterExamplesFiles.Single(f => Path.GetFileName(f) == record));
}
