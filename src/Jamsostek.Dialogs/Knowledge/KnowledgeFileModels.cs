namespace Jamsostek.Dialogs.Knowledge;

// Mutable shapes YamlDotNet deserializes into; validated and turned into immutable records by KnowledgeBase.
internal sealed class TopicFileModel
{
    public List<TopicModel>? Topics { get; set; }
}

internal sealed class TopicModel
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public List<string>? Examples { get; set; }
    public string? Answer { get; set; }
    public List<string>? Followups { get; set; }
    public string? LastChecked { get; set; }
    public string? Action { get; set; }
}

internal sealed class SlangFileModel
{
    public Dictionary<string, string>? Slang { get; set; }
    public List<string>? KeepWhole { get; set; }
}

internal sealed class StopWordsFileModel
{
    public List<string>? Stopwords { get; set; }
    public List<string>? QuestionWords { get; set; }
    public List<string>? Greetings { get; set; }
}

internal sealed class IntentFileModel
{
    public List<IntentRuleModel>? Rules { get; set; }
    public List<string>? OutOfScope { get; set; }
    public Dictionary<string, List<string>>? Concepts { get; set; }
}

internal sealed class IntentRuleModel
{
    public string? Prefer { get; set; }
    public List<string>? Over { get; set; }
    public List<List<string>>? When { get; set; }
    public List<string>? Unless { get; set; }
}
