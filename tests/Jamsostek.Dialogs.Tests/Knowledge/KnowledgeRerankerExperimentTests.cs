using System.Globalization;
using Jamsostek.Dialogs.Knowledge;
using Xunit.Abstractions;

namespace Jamsostek.Dialogs.Tests.Knowledge;

/// <summary>
/// Issue 15, round 3: would a re-ranker trained over the matcher's top 3 pick better than its ranking and intent
/// rules? Measured on development data only (questions.tsv held-out, fresh.tsv), by 2-fold cross-validation:
/// trained on one half of the questions, scored on the other. Prints the figures; asserts only that it ran.
/// </summary>
public sealed class KnowledgeRerankerExperimentTests(ITestOutputHelper output)
{
    private const int Candidates = 3;

    [Fact]
    public void Rerank_ReportsCrossValidatedTop1_WhenTrainedOnDevelopmentData()
    {
        var knowledge = KnowledgeBase.Load(KnowledgeTestFiles.KnowledgeDirectory);
        using var matcher = KnowledgeMatcher.Build(knowledge);
        var questions = LabelledQuestion.ReadAll(KnowledgeTestFiles.QuestionsFile).Where(q => q.IsHeldOut)
            .Concat(LabelledQuestion.ReadAll(KnowledgeTestFiles.FreshQuestionsFile))
            .Where(q => !q.IsOutOfScope)
            .ToList();
        var matches = questions.Select(q => (Question: q, Match: matcher.Match(q.Question))).ToList();
        var answeredRight = matches.Count(m => m.Question.Accepts(m.Match.Topic?.Id));
        var answeredWrong = matches.Count(m => m.Match.Topic is not null && !m.Question.Accepts(m.Match.Topic.Id));
        var unsureRightFirst = matches.Count(m => m.Match.Topic is null && m.Match.Closest.Count > 0 && m.Question.Accepts(m.Match.Closest[0].Id));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"at the threshold: answered right {answeredRight}, answered with a wrong topic {answeredWrong}, not sure though the first of the closest is right {unsureRightFirst}, not sure otherwise {matches.Count - answeredRight - answeredWrong - unsureRightFirst}"));
        var rows = questions.Select(q => (Question: q, Baseline: matcher.Match(q.Question).Closest is { Count: > 0 } closest ? closest[0].Id : null,
            Candidates: matcher.Evidence(q.Question, Candidates).Select(c => (Id: knowledge.Topics[c.Topic].Id, Features: Features(c.Features, knowledge.Topics.Count, c.Topic))).ToList()))
            .ToList();

        var baseline = rows.Count(r => r.Question.Accepts(r.Baseline));
        var reachable = rows.Count(r => r.Candidates.Exists(c => r.Question.Accepts(c.Id)));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"development in-scope questions: {rows.Count}; top-1 of the shipped ranking (no threshold) {baseline} ({(double)baseline / rows.Count:P1}); a right topic among the top {Candidates}: {reachable} ({(double)reachable / rows.Count:P1})"));
        foreach (var withTopics in new[] { false, true })
        {
            var reranked = 0;
            for (var fold = 0; fold < 2; fold++)
            {
                var train = rows.Where((_, i) => i % 2 != fold).ToList();
                var weights = Train(train.SelectMany(r => r.Candidates.Select(c => (Use(c.Features, withTopics, knowledge.Topics.Count), Label: r.Question.Accepts(c.Id) ? 1.0 : 0.0))).ToList());
                reranked += rows.Where((_, i) => i % 2 == fold)
                    .Count(r => r.Candidates.Count > 0 && r.Question.Accepts(r.Candidates.MaxBy(c => Dot(weights, Use(c.Features, withTopics, knowledge.Topics.Count))).Id));
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"re-ranked ({(withTopics ? "evidence and topic" : "evidence only")}), 2-fold cross-validated: {reranked} ({(double)reranked / rows.Count:P1})"));
        }
        Assert.True(rows.Count > 0);
    }

    // The evidence, and which topic it is about (a topic the ranking over- or under-rates learns its own bias).
    private static double[] Features(double[] evidence, int topics, int topic)
    {
        var features = new double[1 + evidence.Length + topics];
        features[0] = 1;
        evidence.CopyTo(features, 1);
        features[1 + evidence.Length + topic] = 1;
        return features;
    }

    private static double[] Use(double[] features, bool withTopics, int topics) => withTopics ? features : features[..^topics];

    private static double[] Train(List<(double[] Features, double Label)> rows)
    {
        var weights = new double[rows[0].Features.Length];
        var random = new Random(15);
        var order = Enumerable.Range(0, rows.Count).ToArray();
        for (var epoch = 0; epoch < 200; epoch++)
        {
            random.Shuffle(order);
            var rate = 0.1 / (1 + (epoch * 0.05));
            foreach (var i in order)
            {
                var (x, y) = rows[i];
                var error = y - (1 / (1 + Math.Exp(-Dot(weights, x))));
                for (var j = 0; j < weights.Length; j++)
                {
                    weights[j] += rate * ((error * x[j]) - (1e-3 * weights[j]));
                }
            }
        }

        return weights;
    }

    private static double Dot(double[] w, double[] x) => w.Zip(x, (a, b) => a * b).Sum();
}
