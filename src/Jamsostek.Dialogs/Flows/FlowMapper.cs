namespace Jamsostek.Dialogs.Flows;

internal static class FlowMapper
{
    public static FlowDefinition Map(FlowFile file, string fileName)
    {
        var steps = file.Steps.Select(MapStep).ToList();
        return new FlowDefinition(
            Id: file.Id ?? string.Empty,
            Version: file.Version,
            Title: file.Title ?? string.Empty,
            StartStepId: file.Start ?? steps.FirstOrDefault()?.Id ?? string.Empty,
            Triggers: file.Triggers,
            ShowProgress: file.Progress,
            FreeTextLeaves: file.FreeTextLeaves,
            Steps: steps,
            SourceFile: fileName,
            Texts: file.Texts);
    }

    // "summary: [a, b]" is one part; "summary: [[a, b], [c]]" two. Loose ids between lists form a part of their own.
    private static List<IReadOnlyList<string>> SummaryParts(List<object> summary)
    {
        var parts = new List<IReadOnlyList<string>>();
        List<string>? loose = null;
        foreach (var item in summary)
        {
            if (item is IEnumerable<object> part)
            {
                loose = null;
                parts.Add(part.Select(id => id?.ToString() ?? string.Empty).ToList());
            }
            else
            {
                if (loose is null)
                {
                    loose = [];
                    parts.Add(loose);
                }

                loose.Add(item?.ToString() ?? string.Empty);
            }
        }

        return parts;
    }

    private static StepDefinition MapStep(StepFile s) => new()
    {
        Id = s.Id ?? string.Empty,
        Title = s.Title,
        Text = s.Text?.TrimEnd() ?? string.Empty,
        Intro = s.HasIntro ? s.Intro?.TrimEnd() ?? string.Empty : null,
        Input = s.Input,
        Slot = s.Slot ?? s.Id ?? string.Empty,
        Choices = s.Choices
            .Select(c => new ChoiceDefinition(c.Id ?? string.Empty, c.Label ?? string.Empty, c.Synonyms, c.Next, c.Start, c.Action, c.ShortLabel))
            .ToList(),
        Retry = s.Retry?.TrimEnd(),
        Example = s.Example,
        Help = s.Help?.TrimEnd(),
        Checks = s.Checks,
        OnRefuse = s.OnRefuse,
        Next = s.Next,
        WhenNo = s.WhenNo,
        WhenNoSponsored = s.WhenNoSponsored,
        NoText = s.NoText?.TrimEnd(),
        Resets = s.Resets,
        Summary = SummaryParts(s.Summary).SelectMany(p => p).ToList(),
        SummaryParts = SummaryParts(s.Summary),
        Action = s.Action,
        End = s.End,
        SummaryLabel = s.SummaryLabel,
        Counted = s.Counted,
    };
}
