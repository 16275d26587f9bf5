using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Jamsostek.Dialogs.Knowledge;

/// <summary>Reads the YAML files and collects every fault instead of stopping at the first one.</summary>
internal sealed partial class KnowledgeFileReader
{
    public const string SlangFile = "slang.yaml";
    public const string StopWordsFile = "stopwords.yaml";
    public const string IntentsFile = "maksud.yaml";
    public const string PointersFile = "rujukan.yaml"; // topics of other agencies: see KnowledgeTopic.IsPointer
    public const int MaxTitleLength = 24;   // WhatsApp list rows allow 24 characters.
    public const int MaxAnswerLength = 600; // about one phone screen.
    public const int MinExamples = 3;       // fewer and one odd wording decides the topic; README recommends 8+.

    private readonly IDeserializer _yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .WithDuplicateKeyChecking()
        .Build();

    private readonly Dictionary<string, string> _idFiles = new(StringComparer.Ordinal);

    public List<string> Faults { get; } = [];

    public static bool IsDictionaryFile(string path) =>
        Path.GetFileName(path) is SlangFile or StopWordsFile or IntentsFile;

    public (Dictionary<string, string> Slang, List<string> KeepWhole) ReadSlang(string path)
    {
        var model = Deserialize<SlangFileModel>(path);
        var keep = (model?.KeepWhole ?? []).Where(w => !string.IsNullOrWhiteSpace(w)).Select(w => w.Trim().ToLowerInvariant()).ToList();
        var slang = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in model?.Slang ?? [])
        {
            if (string.IsNullOrWhiteSpace(key) || key.Trim().Contains(' ', StringComparison.Ordinal))
            {
                Faults.Add($"{Path.GetFileName(path)}:{key}: a slang key must be one word");
            }
            else if (string.IsNullOrWhiteSpace(value))
            {
                Faults.Add($"{Path.GetFileName(path)}:{key}: no normal form given");
            }
            else
            {
                slang[key] = value;
            }
        }

        return (slang, keep);
    }

    public (List<string> StopWords, List<string> QuestionWords, List<string> Greetings) ReadStopWords(string path)
    {
        var model = Deserialize<StopWordsFileModel>(path);
        static List<string> Clean(List<string>? words) =>
            (words ?? []).Where(w => !string.IsNullOrWhiteSpace(w)).Select(w => w.Trim().ToLowerInvariant()).ToList();
        var stop = Clean(model?.Stopwords);
        var question = Clean(model?.QuestionWords);
        var greetings = Clean(model?.Greetings);
        foreach (var word in question.Intersect(stop, StringComparer.Ordinal))
        {
            Faults.Add($"{Path.GetFileName(path)}:{word}: a question word cannot also be a stop word");
        }

        return (stop, question, greetings);
    }

    /// <summary>The intent rules and out-of-scope examples, or none when the file is absent (it only refines the ranking).</summary>
    public (List<IntentRule> Rules, List<string> OutOfScope, Dictionary<string, IReadOnlySet<string>> Concepts) ReadIntents(string path)
    {
        if (!File.Exists(path))
        {
            return ([], [], []);
        }

        var file = Path.GetFileName(path);
        var model = Deserialize<IntentFileModel>(path);
        static HashSet<string> Words(IEnumerable<string>? words) =>
            (words ?? []).Where(w => !string.IsNullOrWhiteSpace(w)).Select(w => w.Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var rules = new List<IntentRule>();
        var index = 0;
        foreach (var rule in model?.Rules ?? [])
        {
            index++;
            var when = (rule.When ?? []).Select(g => (IReadOnlySet<string>)Words(g)).ToList();
            if (string.IsNullOrWhiteSpace(rule.Prefer) || rule.Over is not { Count: > 0 } || when.Count == 0 || when.Any(g => g.Count == 0))
            {
                Faults.Add($"{file}:rule {index}: needs prefer, over and when (each when group with at least one word)");
                continue;
            }

            rules.Add(new IntentRule(rule.Prefer.Trim(), Words(rule.Over), when, Words(rule.Unless)));
        }

        var concepts = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var (name, words) in model?.Concepts ?? [])
        {
            var group = Words(words);
            if (name.Length == 0 || !name.All(char.IsAsciiLetterLower) || group.Count == 0)
            {
                Faults.Add($"{file}:concept '{name}': needs a name of small letters a-z and at least one word");
                continue;
            }

            concepts[name] = group;
        }

        return (rules, (model?.OutOfScope ?? []).Where(e => !string.IsNullOrWhiteSpace(e)).Select(e => e.Trim()).ToList(), concepts);
    }

    public void CheckIntents(IReadOnlyList<IntentRule> rules)
    {
        var index = 0;
        foreach (var rule in rules)
        {
            index++;
            foreach (var id in rule.Over.Prepend(rule.Prefer).Where(id => !_idFiles.ContainsKey(id)))
            {
                Faults.Add($"{IntentsFile}:rule {index}: '{id}' is not a topic");
            }
        }
    }

    public IEnumerable<(string File, KnowledgeTopic Topic)> ReadTopics(string path)
    {
        var file = Path.GetFileName(path);
        var pointers = file == PointersFile;
        var model = Deserialize<TopicFileModel>(path);
        if (model is not null && (model.Topics is null || model.Topics.Count == 0))
        {
            Faults.Add($"{file}: no topics (expected a 'topics:' list)");
        }

        var index = 0;
        foreach (var t in model?.Topics ?? [])
        {
            index++;
            var name = string.IsNullOrWhiteSpace(t.Id) ? $"#{index}" : t.Id;
            void Fault(string problem) => Faults.Add($"{file}:{name}: {problem}");

            if (string.IsNullOrWhiteSpace(t.Id) || !IdPattern().IsMatch(t.Id))
            {
                Fault("id is missing or not lower-case-with-dashes");
            }
            else if (!_idFiles.TryAdd(t.Id, file))
            {
                Fault($"duplicate id (also in {_idFiles[t.Id]})");
            }

            if (string.IsNullOrWhiteSpace(t.Title) || t.Title.Length > MaxTitleLength)
            {
                Fault($"title is missing or longer than {MaxTitleLength} characters");
            }

            var examples = (t.Examples ?? []).Where(e => !string.IsNullOrWhiteSpace(e)).Select(e => e.Trim()).ToList();
            if (examples.Count < MinExamples)
            {
                Fault($"has {examples.Count} examples, at least {MinExamples} (8 or more recommended)");
            }

            if (string.IsNullOrWhiteSpace(t.Answer))
            {
                Fault("answer is empty");
            }
            else if (t.Answer.Trim().Length > MaxAnswerLength)
            {
                Fault($"answer has {t.Answer.Trim().Length} characters, at most {MaxAnswerLength}");
            }

            foreach (var unknown in Placeholder().Matches(t.Answer ?? string.Empty).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal)
                .Where(n => !KnowledgeBase.KnownPlaceholders.Contains(n)))
            {
                Fault($"answer uses unknown '{{{unknown}}}' (known: {string.Join(", ", KnowledgeBase.KnownPlaceholders.Order(StringComparer.Ordinal))})");
            }

            if (!DateOnly.TryParseExact(t.LastChecked, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var checkedOn))
            {
                Fault("last_checked is missing or not a date like 2026-11-23");
            }

            if (pointers && t.Action is not null)
            {
                Fault("a pointer only says where to ask: it takes no action");
            }
            else if (t.Action is not null && !KnowledgeBase.KnownActions.Contains(t.Action))
            {
                Fault($"unknown action '{t.Action}' (known: {string.Join(", ", KnowledgeBase.KnownActions.Order(StringComparer.Ordinal))})");
            }

            // A faulty topic is still returned so its follow-ups get checked too; Load refuses the whole set anyway.
            yield return (file, new KnowledgeTopic(
                name, t.Title?.Trim() ?? "", examples, t.Answer?.Trim() ?? "", t.Followups ?? [], checkedOn, t.Action, pointers));
        }
    }

    public void CheckFollowUps(IReadOnlyList<(string File, KnowledgeTopic Topic)> topics)
    {
        foreach (var (file, topic) in topics)
        {
            foreach (var id in topic.FollowUps.Where(id => !_idFiles.ContainsKey(id) || id == topic.Id))
            {
                Faults.Add($"{file}:{topic.Id}: follow-up '{id}' is not another topic");
            }
        }
    }

    private T? Deserialize<T>(string path)
        where T : class
    {
        var file = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            Faults.Add($"{file}: file not found");
            return null;
        }

        try
        {
            using var text = File.OpenText(path);
            return _yaml.Deserialize<T>(text);
        }
        catch (YamlException e)
        {
            Faults.Add($"{file}: line {e.Start.Line}: {(e.InnerException ?? e).Message}");
            return null;
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"\{([a-z0-9_]+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
