using System.Collections.Frozen;

namespace Jamsostek.Dialogs.Knowledge;

/// <summary>
/// The validated question-and-answer topics of <c>dialogs/pengetahuan</c>, with the slang dictionary
/// and stop list used to read workers' questions. Immutable after <see cref="Load"/>.
/// </summary>
public sealed class KnowledgeBase
{
    /// <summary>Host behaviours a topic may ask for; anything else is a typo staff must fix.</summary>
    public static IReadOnlySet<string> KnownActions { get; } =
        new[] { "quote-contribution", "signup-status", "handoff", "delete-data" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Values an answer may show, filled from settings when answering; any other {name} would reach a worker as typed.</summary>
    public static IReadOnlySet<string> KnownPlaceholders { get; } =
        new[] { "usia_maksimal", "usia_minimal" }.ToFrozenSet(StringComparer.Ordinal);

    private readonly FrozenDictionary<string, KnowledgeTopic> _byId;

    private KnowledgeBase(
        IReadOnlyList<KnowledgeTopic> topics,
        QuestionNormalizer normalizer,
        IReadOnlySet<string> stopWords,
        IReadOnlySet<string> questionWords,
        IReadOnlySet<string> greetings,
        IReadOnlyList<IntentRule> intentRules,
        IReadOnlyList<string> outOfScopeExamples,
        IReadOnlyDictionary<string, IReadOnlySet<string>> concepts)
    {
        Concepts = concepts;
        IntentRules = intentRules;
        OutOfScopeExamples = outOfScopeExamples;
        Greetings = greetings;
        QuestionWords = questionWords;
        Topics = topics;
        Normalizer = normalizer;
        StopWords = stopWords;
        _byId = topics.ToFrozenDictionary(t => t.Id, StringComparer.Ordinal);
    }

    /// <summary>Every topic, the pointers of rujukan.yaml included (<see cref="KnowledgeTopic.IsPointer"/>): they are matched alike.</summary>
    public IReadOnlyList<KnowledgeTopic> Topics { get; }

    /// <summary>Applies slang.yaml to a question.</summary>
    public QuestionNormalizer Normalizer { get; }

    /// <summary>Words from stopwords.yaml that carry no topic (question and negation words are kept out of it).</summary>
    public IReadOnlySet<string> StopWords { get; }

    /// <summary>Question and negation words: kept and never stemmed, but not enough on their own to pick a topic.</summary>
    public IReadOnlySet<string> QuestionWords { get; }

    /// <summary>Greeting words from stopwords.yaml ("halo", "pagi", "kabar"): a message of only these gets the welcome.</summary>
    public IReadOnlySet<string> Greetings { get; }

    /// <summary>Rules from maksud.yaml that let the words saying what is asked pick between close topics, in file order.</summary>
    public IReadOnlyList<IntentRule> IntentRules { get; }

    /// <summary>
    /// Questions from maksud.yaml that no topic answers (loans, prices, jobs, other programmes): the matcher's
    /// classifier learns them as one more class, so a question like them draws probability away from every topic.
    /// </summary>
    public IReadOnlyList<string> OutOfScopeExamples { get; }

    /// <summary>
    /// Word groups from maksud.yaml that mean one thing ("meninggal", "wafat", "tewas"): the matcher adds the group's
    /// name to any text with one of its words, so a topic whose examples say one word also knows the others.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> Concepts { get; }

    public KnowledgeTopic? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>
    /// The same knowledge base with each topic's examples filtered: the evaluation drops part of them to measure how
    /// much the matcher depends on the examples' own wording.
    /// </summary>
    internal KnowledgeBase WithExamples(Func<KnowledgeTopic, string, bool> keep) =>
        WithExamples(t => [.. t.Examples.Where(e => keep(t, e))], OutOfScopeExamples);

    /// <summary>
    /// The same knowledge base with other examples and out-of-scope questions: the cross-writer experiment builds the
    /// matcher from one writer group's examples and scores it on another's.
    /// </summary>
    internal KnowledgeBase WithExamples(Func<KnowledgeTopic, IReadOnlyList<string>> examples, IReadOnlyList<string> outOfScope) =>
        new(
            [.. Topics.Select(t => t with { Examples = examples(t) })],
            Normalizer, StopWords, QuestionWords, Greetings, IntentRules, outOfScope, Concepts);

    /// <summary>The same knowledge base with other intent rules: the experiments measure a rule before it goes in maksud.yaml.</summary>
    internal KnowledgeBase WithIntentRules(IReadOnlyList<IntentRule> rules) =>
        new(Topics, Normalizer, StopWords, QuestionWords, Greetings, rules, OutOfScopeExamples, Concepts);

    /// <summary>The same knowledge base with other concept word groups: the experiments measure a group's words before they go in maksud.yaml.</summary>
    internal KnowledgeBase WithConcepts(IReadOnlyDictionary<string, IReadOnlySet<string>> concepts) =>
        new(Topics, Normalizer, StopWords, QuestionWords, Greetings, IntentRules, OutOfScopeExamples, concepts);

    /// <summary>
    /// Reads every <c>*.yaml</c> topic file in <paramref name="directory"/> plus <c>slang.yaml</c>,
    /// <c>stopwords.yaml</c> and, when present, <c>maksud.yaml</c>. Throws <see cref="KnowledgeBaseException"/> listing all faults as
    /// <c>file:topic: problem</c>, so a broken file never goes live half-read.
    /// </summary>
    public static KnowledgeBase Load(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        if (!Directory.Exists(directory))
        {
            throw new KnowledgeBaseException([$"{directory}: folder not found"]);
        }

        var reader = new KnowledgeFileReader();
        var (slang, keepWhole) = reader.ReadSlang(Path.Combine(directory, KnowledgeFileReader.SlangFile));
        var (stopWords, questionWords, greetings) = reader.ReadStopWords(Path.Combine(directory, KnowledgeFileReader.StopWordsFile));
        var topicFiles = Directory.GetFiles(directory, "*.yaml")
            .Where(f => !KnowledgeFileReader.IsDictionaryFile(f))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (topicFiles.Count == 0)
        {
            reader.Faults.Add($"{directory}: no topic files (*.yaml)");
        }

        var topics = topicFiles.SelectMany(reader.ReadTopics).ToList();
        reader.CheckFollowUps(topics);
        var (intentRules, outOfScope, concepts) = reader.ReadIntents(Path.Combine(directory, KnowledgeFileReader.IntentsFile));
        reader.CheckIntents(intentRules);
        if (reader.Faults.Count > 0)
        {
            throw new KnowledgeBaseException(reader.Faults);
        }

        return new KnowledgeBase(
            topics.Select(t => t.Topic).ToList(),
            new QuestionNormalizer(slang, keepWhole),
            stopWords.ToFrozenSet(StringComparer.Ordinal),
            questionWords.ToFrozenSet(StringComparer.Ordinal),
            greetings.ToFrozenSet(StringComparer.Ordinal),
            intentRules,
            outOfScope,
            concepts.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
