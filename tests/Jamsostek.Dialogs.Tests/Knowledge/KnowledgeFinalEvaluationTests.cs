using Jamsostek.Dialogs.Knowledge;
using Xunit.Abstractions;

namespace Jamsostek.Dialogs.Tests.Knowledge;

/// <summary>
/// Measures the shipped matcher on the untouched final test sets of eval/ (see eval/README.md), one row of
/// <see cref="Sets"/> each. Nobody reads their questions or their misses: these tests print aggregate figures, recall
/// counts per topic and the confusion summary (expected -> answered topic: count) only, never a question line.
/// </summary>
public sealed class KnowledgeFinalEvaluationTests(ITestOutputHelper output)
{
    // Issue 15's targets.
    private const double TargetAccuracy = 0.93;
    private const double TargetOutOfScopeRate = 0.05;

    private const int MinimumQuestions = 400;

    /// <summary>
    /// One row a final set: its file in eval/, the floors (at what the matcher reaches, so it cannot get worse unnoticed;
    /// NOT issue 15's targets unless they say so) and how many of its questions had a near copy among the YAML examples
    /// when it arrived (the writers never saw them; more means one was copied in). A new set is one more row.
    /// </summary>
    internal static readonly IReadOnlyList<FinalSet> Sets =
    [
        // final.tsv (writers c and d, round 2). Measured first, before any change of round 2: 81.9% top-1 (331/404) and
        // 11.1% out-of-scope given a topic (4/36) at threshold 0.41. With round 2's matcher (intent rules, out-of-scope
        // class, threshold 0.28), measured once at the end: 86.6% (350/404) and 2.8% (1/36); 86.9% (351/404) and 2.8%
        // after round 3's merges. Round 4 (concept word groups of maksud.yaml), measured once at the end: 87.9% (355/404)
        // and 5.6% (2/36). Round 5 (writers t1-t4's examples, out-of-scope penalty 1.25, threshold 0.46), measured once
        // at the end: 90.8% (367/404) and 0.0% (0/36); after dropping the writer examples that were near copies of
        // final3.tsv questions and re-sweeping the threshold on development data (0.48): 90.1% (364/404) and 0/36.
        // Round 6 (writers t5-t8's examples), measured once at the end: 92.3% (373/404), 2.8% (1/36). Round 7 (writers
        // t9-t12's examples, threshold 0.48): 93.6% (378/404), 1/36.
        // 93% IS NOT MET; out-of-scope meets 5%. Out-of-scope's floor sits at the target (1/36 is 2.8%).
        // Round 7's candidate (pointers of candidates/rujukan.yaml, threshold 0.40), measured once and NOT shipped: 93.6% (378/404), 1/36.
        // Round 8 (the scope detector, threshold 0.40, chosen on development data and the unseen-writer proxy; h-15f), measured once at the merge: 94.1% (380/404), 1/36.
        new("final", "final.tsv", ArrivedInRound: 2, MinimumAccuracy: 380.0 / 404, MaximumOutOfScopeRate: TargetOutOfScopeRate, CoincidentNearCopies: 86),

        // final2.tsv (writers e and f, round 3): final.tsv had been looked at a few times by the end of round 2.
        // Measured first, on the day it arrived, with round 2's matcher (threshold 0.28), before any change of round 3:
        // 80.4% top-1 (325/404) and 5.6% out-of-scope given a topic (2/36).
        // Round 4 (concept word groups of maksud.yaml), measured ONCE at the end: 80.9% (327/404) and 8.3% (3/36).
        // Round 5 (writers t1-t4's examples, out-of-scope penalty 1.25, threshold 0.46), measured ONCE at the end: 89.4%
        // (361/404) and 0.0% (0/36); after dropping the writer examples that were near copies of final3.tsv questions and
        // re-sweeping the threshold on development data (0.48): 88.9% (359/404) and 0/36. Round 6 (writers t5-t8's
        // examples), measured once at the end: 89.9% (363/404), 0/36. Round 7 (writers t9-t12's examples, threshold 0.48):
        // 93.3% (377/404), 0/36.
        // Round 7's candidate (pointers, threshold 0.40), measured once and NOT shipped: 92.1% (372/404), 1/36.
        // Round 8 (the scope detector, threshold 0.40, chosen on development data and the unseen-writer proxy; h-15f), measured once at the merge: 94.1% (380/404), 0/36.
        new("final2", "final2.tsv", ArrivedInRound: 3, MinimumAccuracy: 380.0 / 404, MaximumOutOfScopeRate: TargetOutOfScopeRate, CoincidentNearCopies: 91),

        // final3.tsv (writers g and h, round 5): final.tsv and final2.tsv had both been measured against by the end of
        // round 4. Measured first, on the day it arrived, with round 4's matcher (concept word groups, threshold 0.28),
        // before any change of round 5: 84.1% top-1 (339/403) and 8.1% out-of-scope given a topic (3/37).
        // Round 5 (writers t1-t4's examples, out-of-scope penalty 1.25), measured once at threshold 0.46 after the 39 writer
        // examples that were near copies of its questions were dropped (counted, never printed): 87.1% (351/403), 5.4% (2/37);
        // the development sweep's rule (at most 1 of 167 out-of-scope answered) then gave 0.48, shipped: 86.6% (349/403), 2/37.
        // Round 6 (writers t5-t8's examples), measured once at the end: 89.3% (360/403), 5.4% (2/37). NEITHER IS THE TARGET.
        // Round 7's candidate (without t9-t12) (pointers, threshold 0.40), measured once: 90.6% (365/403), 3/37 = 8.1%, UNDER THIS FLOOR: the
        // candidate was stopped (eval/README.md, "Round 7"), the floor kept.
        // Round 7 (writers t9-t12's examples, threshold 0.48), measured once on h-15e and once at the merge: 91.6% (369/403),
        // 8.1% (3/37): +9 top-1 and ONE MORE out-of-scope question answered. The out-of-scope floor was moved from 2/37 to
        // 3/37 at the merge, openly: the examples were chosen on development data and the unseen-writer proxy, which they
        // improve; final3 is a seen set; the out-of-scope target is judged on the untouched final5 (eval/README.md).
        // Round 8 (the scope detector, threshold 0.40, chosen on development data and the unseen-writer proxy; h-15f), measured once at the merge: 92.8% (374/403),
        // 2.7% (1/37): the out-of-scope floor goes back under the target (1/37).
        new("final3", "final3.tsv", ArrivedInRound: 5, MinimumAccuracy: 374.0 / 403, MaximumOutOfScopeRate: 1.0 / 37, CoincidentNearCopies: 83),

        // final4.tsv (writers i and j, round 6): final3.tsv had been measured twice in round 5. Measured first, on the day
        // it arrived, with round 5's shipped matcher (main ba3db13, threshold 0.48), before any change of round 6: 88.6%
        // top-1 (358/404) and 5.6% out-of-scope given a topic (2/36). Round 6 (writers t5-t8's examples, threshold 0.48
        // kept), measured ONCE at the merge: 93.3% (377/404), 5.6% (2/36). Top-1 MEETS 93%; out-of-scope is one question
        // over 5% (1/36 would be 2.8%). Round 7's candidate (pointers, threshold 0.40), measured once and NOT shipped: 94.3%
        // (381/404), 2/36 (3/36 counting pointers as topics). Round 7 (writers t9-t12's examples, threshold 0.48): 93.8%
        // (379/404), 2/36.
        // Round 8 (the scope detector, threshold 0.40, chosen on development data and the unseen-writer proxy; h-15f), measured once at the merge: 94.6% (382/404),
        // 5.6% (2/36): out-of-scope still one over 5% on this set.
        new("final4", "final4.tsv", ArrivedInRound: 6, MinimumAccuracy: 382.0 / 404, MaximumOutOfScopeRate: 2.0 / 36, CoincidentNearCopies: 96),

        // final5.tsv (writers k and l, round 7): final4.tsv had been measured twice in round 6. Measured first, on the day
        // it arrived, with round 6's shipped matcher (main 9d4f4a6, threshold 0.48), before any change of round 7: 92.3%
        // top-1 (374/405) and 5.7% out-of-scope given a topic (2/35). Round 7 (writers t9-t12's examples, threshold 0.48;
        // the pointer candidate not installed), measured on h-15e and again at the merge (same configuration): 94.1%
        // (381/405), 5.7% (2/35). Top-1 MEETS 93%; out-of-scope is one question over 5% (1/35 would be 2.9%).
        // Round 8 (the scope detector, threshold 0.40, chosen on development data and the unseen-writer proxy; h-15f), measured once at the merge: 94.8% (384/405),
        // 0.0% (0/35): both targets met.
        new("final5", "final5.tsv", ArrivedInRound: 7, MinimumAccuracy: 384.0 / 405, MaximumOutOfScopeRate: TargetOutOfScopeRate, CoincidentNearCopies: 98),

        // final6.tsv (writers m and n, round 8): final5.tsv had been measured three times in round 7. Measured first, on the
        // day it arrived, with round 7's shipped matcher (main c52ba98, threshold 0.48), before any change of round 8: 94.8%
        // top-1 (383/404) and 2.8% out-of-scope given a topic (1/36). BOTH OF ISSUE 15'S TARGETS ARE MET on it.
        // Round 8's scope detector (threshold 0.40, minimum in-scope probability 0.40; chosen on development data and the
        // unseen-writer proxy, never on a final set), measured ONCE at the merge: 94.6% (382/404), 0.0% (0/36): one question
        // fewer right, one out-of-scope question fewer answered; both targets met before and after. The top-1 floor moved
        // from 383 to 382 openly (the detector gains on every other final set: +2 to +5); out-of-scope's floor at the target.
        new("final6", "final6.tsv", ArrivedInRound: 8, MinimumAccuracy: 382.0 / 404, MaximumOutOfScopeRate: TargetOutOfScopeRate, CoincidentNearCopies: 122),
    ];

    public static TheoryData<string> SetNames => [.. Sets.Select(s => s.Name)];

    // The matcher the bot runs (KnowledgeCache, as DialogEngineFactory gets it), shared with the other tests of the process.
    private static KnowledgeBase Knowledge => KnowledgeCache.Get(KnowledgeTestFiles.KnowledgeDirectory).Knowledge;

    [Theory]
    [MemberData(nameof(SetNames))]
    public void ReadAll_HasEnoughQuestionsWithKnownLabels_WhenFinalSetRead(string name)
    {
        var set = Find(name);
        var questions = set.Read();
        Assert.True(questions.Count >= MinimumQuestions, $"{questions.Count} {name} questions, at least {MinimumQuestions}");

        // Counted, never listed: the lines stay unread.
        var unknownLabels = questions.Sum(q => q.Labels.Count(l => Knowledge.Find(l) is null));
        Assert.True(unknownLabels == 0, $"{unknownLabels} labels in {set.File} name no topic");
    }

    [Theory]
    [MemberData(nameof(SetNames))]
    public void Examples_CopyNoFinalQuestion_WhenTopicsEdited(string name)
    {
        var set = Find(name);

        // Counted without printing the questions.
        var copied = set.Read().Count(q => !q.IsOutOfScope
            && Knowledge.Topics.Any(t => t.Examples.Any(e => KnowledgeEvaluationTests.IsNearCopy(q.Question, e))));

        Assert.True(copied <= set.CoincidentNearCopies, $"{copied} {name} questions have a near copy among the YAML examples, {set.CoincidentNearCopies} had one when the set arrived: the set measures generalisation, never add its questions as examples");
    }

    [Theory]
    [MemberData(nameof(SetNames))]
    public void Match_MeetsFloors_WhenRunOnFinalSet(string name)
    {
        var set = Find(name);
        var matcher = KnowledgeCache.Get(KnowledgeTestFiles.KnowledgeDirectory).Matcher;

        var result = KnowledgeEvaluation.Run(name, matcher, set.Read());
        var summary = result.Figures() + Environment.NewLine + result.PerTopicRecall() + result.Confusion();
        output.WriteLine(summary);

        Assert.True(
            result.Accuracy >= set.MinimumAccuracy && result.OutOfScopeRate <= set.MaximumOutOfScopeRate,
            $"{name}: want top-1 >= {set.MinimumAccuracy:P1} (a floor, NOT issue 15's target {TargetAccuracy:P0}), out-of-scope <= {set.MaximumOutOfScopeRate:P1} (target {TargetOutOfScopeRate:P0}){Environment.NewLine}{summary}");
    }

    private static FinalSet Find(string name) => Sets.Single(s => s.Name == name);

    /// <summary>A final set: <paramref name="File"/> in eval/, the round of issue 15 it arrived in, its floors and its near copies on arrival.</summary>
    internal sealed record FinalSet(string Name, string File, int ArrivedInRound, double MinimumAccuracy, double MaximumOutOfScopeRate, int CoincidentNearCopies)
    {
        public string Path => System.IO.Path.Combine(KnowledgeTestFiles.EvalDirectory, File);

        public IReadOnlyList<LabelledQuestion> Read() => LabelledQuestion.ReadAll(Path);
    }
}
