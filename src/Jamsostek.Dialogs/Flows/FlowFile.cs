namespace Jamsostek.Dialogs.Flows;

// The YAML shape of a flow file, as staff write it. Mapped to FlowDefinition after validation.
internal sealed class FlowFile
{
    public string? Id { get; set; }

    public int Version { get; set; }

    public string? Title { get; set; }

    public string? Start { get; set; }

    public bool Progress { get; set; } = true;

    public bool FreeTextLeaves { get; set; }

    public List<string> Triggers { get; set; } = [];

    public Dictionary<string, string> Texts { get; set; } = [];

    public List<StepFile> Steps { get; set; } = [];
}

internal sealed class StepFile
{
    private string? intro;

    public string? Id { get; set; }

    public string? Title { get; set; }

    public string? Text { get; set; }

    // Set even to null by "intro:" with nothing after it: the validator then reports the empty intro.
    public string? Intro
    {
        get => intro;
        set
        {
            intro = value;
            HasIntro = true;
        }
    }

    public bool HasIntro { get; private set; }

    public string? Input { get; set; }

    public string? Slot { get; set; }

    public List<ChoiceFile> Choices { get; set; } = [];

    public string? Retry { get; set; }

    public string? Example { get; set; }

    public string? Help { get; set; }

    public List<string> Checks { get; set; } = [];

    public string? OnRefuse { get; set; }

    public string? Next { get; set; }

    public string? WhenNo { get; set; }

    public string? WhenNoSponsored { get; set; }

    public string? NoText { get; set; }

    public List<string> Resets { get; set; } = [];

    // A list of step ids, or a list of parts (each a list of step ids) shown as separate messages.
    public List<object> Summary { get; set; } = [];

    public string? Action { get; set; }

    public string? End { get; set; }

    public string? SummaryLabel { get; set; }

    public bool Counted { get; set; } = true;
}

internal sealed class ChoiceFile
{
    public string? Id { get; set; }

    public string? Label { get; set; }

    public string? ShortLabel { get; set; }

    public List<string> Synonyms { get; set; } = [];

    public string? Next { get; set; }

    public string? Start { get; set; }

    public string? Action { get; set; }
}
