using System.Collections.Concurrent;
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
    // No worse than the matcher before issue 15: 142/150 with resmi-gratis and daftarkan-keluarga in the
    // knowledge base (143/150 before they existed). Issue 15 round 2 reaches 146/150; round 5 (writers t1-t4's examples,
    // out-of-scope penalty 1.25, threshold 0.46) reaches 147/150 and 0/77; After the merge, the 39 writer examples that were near copies of final3.tsv questions were dropped and the threshold re-swept on development data (0.48):
    // 145/150 and 0/77, ONE UNDER round 4's 146/150. Round 6 (writers t5-t8's examples, threshold 0.48 kept): 147/150 and
    // 0/77. Round 7 (writers t9-t12's examples, threshold 0.48 kept): 148/150 and 0/77. The floor sits at it.
    // (Round 7's stopped candidate, pointers at 0.40, without t9-t12: 149/150 and 0/77.) Round 8 (scope detector, threshold
    // 0.40, minimum in-scope probability 0.40): 149/150 and 0/77; the floor sits at it.
    private const double TargetAccuracy = 142.0 / 150;
    private const double MinimumAccuracy = 149.0 / 150;
    private const double MaximumOutOfScopeRate = 0.05;
    private const int MinimumHeldOut = 100;
    private const int MinimumQuestions = 300;

    private static readonly ConcurrentDictionary<string, HashSet<string>> WordsOf = new(StringComparer.Ordinal);

    private static readonly KnowledgeBase Knowledge = KnowledgeCache.Get(KnowledgeTestFiles.KnowledgeDirectory).Knowledge;
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
        var matcher = KnowledgeCache.Get(KnowledgeTestFiles.KnowledgeDirectory).Matcher; // as DialogEngineFactory gets it

        // Out-of-scope questions are never indexed, so all of them count.
        var result = KnowledgeEvaluation.Run("held-out", matcher, Questions.Where(q => q.IsOutOfScope || q.IsHeldOut));
        var summary = result.Sweep() + result.Figures() + Environment.NewLine + result.Confusion() + result.MissList();
        output.WriteLine(summary);

        Assert.True(
            result.Accuracy >= MinimumAccuracy && result.OutOfScopeRate <= MaximumOutOfScopeRate,
            $"held-out: want top-1 >= {MinimumAccuracy:P1} (target {TargetAccuracy:P1}), out-of-scope <= {MaximumOutOfScopeRate:P0}{Environment.NewLine}{summary}");
    }

    /// <summary>
    /// Same words after normalisation and stop words, or one word added or dropped ("saldo jht dapat
    /// bunga ga" vs "jht dapat bunga ga"): such a question measures recall of the example, not understanding.
    /// </summary>
    internal static bool IsNearCopy(string question, string example)
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

    // Every question is compared with every example (hundreds of thousands of pairs a set): normalise each text once.
    private static HashSet<string> Words(string text) =>
        WordsOf.GetOrAdd(text, t => Normal(t).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Knowledge.StopWords.Contains(w)).ToHashSet(StringComparer.Ordinal));

    private static string Normal(string text) => Knowledge.Normalizer.Normalize(text);
}
