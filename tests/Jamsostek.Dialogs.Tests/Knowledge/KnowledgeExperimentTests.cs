using Jamsostek.Dialogs.Knowledge;
using Xunit.Abstractions;

namespace Jamsostek.Dialogs.Tests.Knowledge;

// TEMPORARY tuning harness (removed before the last commit): prints DEV misses, TEST aggregates only.
public sealed class KnowledgeExperimentTests(ITestOutputHelper output)
{
    [Fact]
    public void Experiment()
    {
        if (Environment.GetEnvironmentVariable("KNOWLEDGE_EXPERIMENT") is not { } mode)
        {
            return;
        }

        var dir = KnowledgeTestFiles.KnowledgeDirectory;
        if (mode.Contains("old", StringComparison.Ordinal))
        {
            var temp = Directory.CreateTempSubdirectory("kb-old-").FullName;
            foreach (var f in Directory.GetFiles(dir, "*.yaml").Where(f => !f.EndsWith("keamanan-keluarga.yaml", StringComparison.Ordinal)))
            {
                File.Copy(f, Path.Combine(temp, Path.GetFileName(f)));
            }

            dir = temp;
        }

        var knowledge = KnowledgeBase.Load(dir);
        var original = LabelledQuestion.ReadAll(KnowledgeTestFiles.QuestionsFile);
        var fresh = LabelledQuestion.ReadAll(KnowledgeTestFiles.FreshQuestionsFile);
        var sw = System.Diagnostics.Stopwatch.StartNew();
        using var matcher = KnowledgeMatcher.Build(knowledge);
        output.WriteLine($"build {sw.ElapsedMilliseconds} ms");
        var held = KnowledgeEvaluation.Run("held-out", matcher, original.Where(q => q.IsOutOfScope || q.IsHeldOut));
        var dev = KnowledgeEvaluation.Run("fresh DEV", matcher, fresh.Where(q => !q.IsFreshTest));
        output.WriteLine(held.Figures());
        output.WriteLine(dev.Figures());
        if (mode.Contains("test", StringComparison.Ordinal))
        {
            var test = KnowledgeEvaluation.Run("fresh TEST", matcher, fresh.Where(q => q.IsFreshTest));
            output.WriteLine(test.Figures());
            if (mode.Contains("old", StringComparison.Ordinal))
            {
                var known = fresh.Where(q => q.IsOutOfScope || q.Labels.Any(l => knowledge.Find(l) is not null)).ToList();
                output.WriteLine(KnowledgeEvaluation.Run("fresh DEV (questions with an existing topic)", matcher, known.Where(q => !q.IsFreshTest)).Figures());
                output.WriteLine(KnowledgeEvaluation.Run("fresh TEST (questions with an existing topic)", matcher, known.Where(q => q.IsFreshTest)).Figures());
            }
        }

        output.WriteLine(held.Sweep());
        output.WriteLine(dev.Sweep());
        if (mode.Contains("miss", StringComparison.Ordinal))
        {
            output.WriteLine(held.MissList());
            output.WriteLine(dev.Confusion());
            output.WriteLine(dev.MissList());
        }
    }
}
