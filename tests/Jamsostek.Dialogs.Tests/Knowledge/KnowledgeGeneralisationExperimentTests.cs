using System.Globalization;
using System.Text;
using Jamsostek.Dialogs.Knowledge;
using Xunit.Abstractions;

namespace Jamsostek.Dialogs.Tests.Knowledge;

/// <summary>
/// Issue 15, round 4: how much does each way of weighing the evidence depend on the YAML examples' own wording?
/// Measured on development data only (questions.tsv held-out and out-of-scope, all of fresh.tsv; never a final
/// set), by 2-fold cross-validation over the examples: each topic keeps half of its examples (by a hash of the
/// text), and the matcher is scored on the development questions and on the examples it lost. A configuration
/// that learns only the examples' wording loses most when half of them go. Prints the figures; asserts that it ran.
/// </summary>
public sealed class KnowledgeGeneralisationExperimentTests(ITestOutputHelper output)
{
    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    public static TheoryData<string> Configurations => [.. Candidates.Keys];

    // Round 4 also measured answer weights 0.25/1/2, typo correction towards answer words, word weights from answers,
    // classifier shares 0.5/0.85 and the ranking margin in the confidence: none beat the shipped one by more than
    // a few questions (eval/README.md); round 5 measured answer weights 0.25/1, classifier shares of the ranking 0.5/0.85
    // and of the confidence 0.35/0.65, out-of-scope penalties 1/1.5 (eval/README.md, "Round 5"); round 6 penalties 1.5/1.75 and
    // answer weight 1 again with writers t5-t8's examples (eval/README.md, "Round 6"). They stay out so the
    // test stays quick; each is one `with { }` line to measure again.
    private static Dictionary<string, KnowledgeMatcherOptions> Candidates { get; } = new(StringComparer.Ordinal)
    {
        ["shipped"] = KnowledgeMatcherOptions.Default,
        ["no concept groups"] = KnowledgeMatcherOptions.Default with { Concepts = false },
        ["no intent rules"] = KnowledgeMatcherOptions.Default with { IntentRules = false },
        ["out-of-scope penalty 0.75 (round 4)"] = KnowledgeMatcherOptions.Default with { OutOfScopePenalty = 0.75 },
    };

    [Theory]
    [MemberData(nameof(Configurations))]
    public void Match_ReportsCrossValidatedFigures_WhenHalfTheExamplesAreLeftOut(string configuration)
    {
        var options = Candidates[configuration];
        var knowledge = KnowledgeBase.Load(KnowledgeTestFiles.KnowledgeDirectory);
        var questions = LabelledQuestion.ReadAll(KnowledgeTestFiles.QuestionsFile).Where(q => q.IsHeldOut || q.IsOutOfScope)
            .Concat(LabelledQuestion.ReadAll(KnowledgeTestFiles.FreshQuestionsFile))
            .ToList();

        var text = new StringBuilder(configuration).AppendLine(":");
        using (var full = KnowledgeMatcher.Build(knowledge, options))
        {
            var all = KnowledgeEvaluation.Run("  all examples, development questions", full, questions);

            // Printed only, never asserted: the machine's load decides it; compare configurations of one run.
            var clock = System.Diagnostics.Stopwatch.StartNew();
            foreach (var question in questions)
            {
                full.Match(question.Question);
            }

            text.AppendLine(Culture, $"  matching time: {clock.Elapsed.TotalMicroseconds / questions.Count:0} us a question (mean over {questions.Count}, after one warm pass)");
            text.AppendLine(all.Figures()).Append("  ").Append(Sweep(all.InScope.Concat(all.OutOfScope)));
        }

        var misses = new StringBuilder();
        var ablated = new List<(LabelledQuestion Question, KnowledgeMatch Match)>();
        int right = 0, inScope = 0, wrongOut = 0, outOfScope = 0, lostRight = 0, lost = 0;
        for (var fold = 0; fold < 2; fold++)
        {
            var kept = knowledge.WithExamples((_, e) => Fold(e) == fold);
            using var matcher = KnowledgeMatcher.Build(kept, options);
            var result = KnowledgeEvaluation.Run("fold", matcher, questions);
            ablated.AddRange(result.InScope.Concat(result.OutOfScope));
            (right, inScope) = (right + result.Correct, inScope + result.InScope.Count);
            (wrongOut, outOfScope) = (wrongOut + result.FalseTopics.Count, outOfScope + result.OutOfScope.Count);
            misses.AppendLine(result.Confusion()).AppendLine(result.MissList());
            foreach (var topic in knowledge.Topics)
            {
                foreach (var example in topic.Examples.Where(e => Fold(e) != fold))
                {
                    lost++;
                    lostRight += matcher.Match(example).Topic?.Id == topic.Id ? 1 : 0;
                }
            }
        }

        text.AppendLine(Culture, $"  half the examples, 2-fold: development questions top-1 {Ratio(right, inScope):P1} ({right}/{inScope}), out-of-scope given a topic {Ratio(wrongOut, outOfScope):P1} ({wrongOut}/{outOfScope}); left-out examples top-1 {Ratio(lostRight, lost):P1} ({lostRight}/{lost})");
        text.Append("  half the examples ").Append(Sweep(ablated));
        output.WriteLine(text.ToString());
        if (Environment.GetEnvironmentVariable("KNOWLEDGE_EXPERIMENT_MISSES") is "1")
        {
            output.WriteLine(misses.ToString());
        }
        Assert.True(inScope > 0);
    }

    /// <summary>Top-1 and out-of-scope answered at thresholds around the shipped one, to compare at a fair threshold each.</summary>
    internal static string Sweep(IEnumerable<(LabelledQuestion Question, KnowledgeMatch Match)> results)
    {
        var list = results.ToList();
        var inScope = list.Where(r => !r.Question.IsOutOfScope).ToList();
        var outOfScope = list.Where(r => r.Question.IsOutOfScope).ToList();
        var text = new StringBuilder("sweep (top-1 / out-of-scope answered):");
        // The rule the shipped threshold follows: at most 1 in 167 out-of-scope questions answered (2 of 334 in 2 folds).
        var allowed = Math.Max(1, outOfScope.Count / 167);
        (double Threshold, int Right) best = (double.NaN, -1);
        for (var t = 0.16; t <= 0.601; t += 0.02)
        {
            var right = inScope.Count(x => x.Match.Closest.Count > 0 && x.Question.Accepts(x.Match.Closest[0].Id) && x.Match.Score >= t);
            // A pointer is not a topic (KnowledgeEvaluation's rule); "+N" counts them, for the other way of counting.
            var answered = outOfScope.Count(x => x.Match.Closest.Count > 0 && !x.Match.Closest[0].IsPointer && x.Match.Score >= t);
            var pointed = outOfScope.Count(x => x.Match.Closest.Count > 0 && x.Match.Closest[0].IsPointer && x.Match.Score >= t);
            text.Append(Culture, $" {t:0.00}: {Ratio(right, inScope.Count):P1}/{answered}{(pointed > 0 ? $"+{pointed}" : "")}");
            if (answered <= allowed && right > best.Right)
            {
                best = (t, right);
            }
        }

        return text.AppendLine().AppendLine(best.Right < 0
            ? $"  no threshold up to 0.60 answers at most {allowed} out-of-scope questions"
            : string.Create(Culture, $"  best with at most {allowed} out-of-scope answered: threshold {best.Threshold:0.00}, top-1 {Ratio(best.Right, inScope.Count):P1} ({best.Right}/{inScope.Count})")).ToString();
    }

    private static int Fold(string example)
    {
        // FNV-1a: stable across runs and platforms, unlike string.GetHashCode.
        var hash = 2166136261u;
        foreach (var c in example)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash % 2);
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
