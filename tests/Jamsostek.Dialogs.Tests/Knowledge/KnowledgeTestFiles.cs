namespace Jamsostek.Dialogs.Tests.Knowledge;

/// <summary>Locates the real knowledge files and the labelled evaluation set from the test's output folder.</summary>
internal static class KnowledgeTestFiles
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string KnowledgeDirectory => Path.Combine(RepositoryRoot, "dialogs", "pengetahuan");

    public static string QuestionsFile =>
        Path.Combine(RepositoryRoot, "tests", "Jamsostek.Dialogs.Tests", "Knowledge", "eval", "questions.tsv");

    /// <summary>Issue 15's set written without the examples: see eval/README.md.</summary>
    public static string FreshQuestionsFile =>
        Path.Combine(RepositoryRoot, "tests", "Jamsostek.Dialogs.Tests", "Knowledge", "eval", "fresh.tsv");

    /// <summary>
    /// Issue 15, round 5: the training examples writers t1 to t4 wrote from the topic list and answers only, as they
    /// were brought into the YAML (near copies of evaluation questions dropped). A record, not an index: the matcher
    /// reads them from dialogs/pengetahuan; the tests check that they are there and measure them apart.
    /// </summary>
    public static string WriterExamplesFile => WriterExamplesFiles[0];

    /// <summary>
    /// Every round's record of writers' training examples: train5.tsv (t1-t4), train6.tsv (t5-t8, round 6), train7.tsv
    /// (t9-t12, round 7).
    /// </summary>
    public static IReadOnlyList<string> WriterExamplesFiles { get; } =
        [.. new[] { "train5.tsv", "train6.tsv", "train7.tsv" }.Select(f => Path.Combine(RepositoryRoot, "tests", "Jamsostek.Dialogs.Tests", "Knowledge", "eval", f))];

    /// <summary>
    /// Issue 15, round 8: lines by trainers t13 and t14, NOT in dialogs/pengetahuan: one more group of writers the matcher has
    /// never seen, for the leave-writers-out experiments (see the file's header and eval/README.md, "Round 8").
    /// </summary>
    public static string UnseenWritersFile =>
        Path.Combine(RepositoryRoot, "tests", "Jamsostek.Dialogs.Tests", "Knowledge", "eval", "train8.tsv");

    /// <summary>
    /// Issue 15, round 7: pointers to other agencies (Dukcapil, social aid, tax and zakat) in rujukan.yaml's format, a
    /// candidate that does not ship (it broke final3's out-of-scope floor at its threshold): see eval/README.md, "Round 7".
    /// </summary>
    public static string PointersCandidateFile =>
        Path.Combine(RepositoryRoot, "tests", "Jamsostek.Dialogs.Tests", "Knowledge", "candidates", "rujukan.yaml");

    /// <summary>A copy of dialogs/pengetahuan with <see cref="PointersCandidateFile"/> in it, made once a process.</summary>
    public static string KnowledgeWithPointersDirectory => WithPointers.Value;

    private static readonly Lazy<string> WithPointers = new(() =>
    {
        var folder = Directory.CreateTempSubdirectory("pengetahuan-rujukan-").FullName;
        foreach (var file in Directory.GetFiles(KnowledgeDirectory, "*.yaml"))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        File.Copy(PointersCandidateFile, Path.Combine(folder, "rujukan.yaml"));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
        return folder;
    });

    /// <summary>
    /// The labelled sets' folder. The untouched final sets in it (final*.tsv) are listed, with their floors, in
    /// <see cref="KnowledgeFinalEvaluationTests.Sets"/>: only ever reported as aggregate figures.
    /// </summary>
    public static string EvalDirectory =>
        Path.Combine(RepositoryRoot, "tests", "Jamsostek.Dialogs.Tests", "Knowledge", "eval");

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Jamsostek.Bot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Jamsostek.Bot.sln not found above {AppContext.BaseDirectory}");
    }
}
