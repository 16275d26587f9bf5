using Jamsostek.Dialogs.Engine;
using Jamsostek.Dialogs.Flows;

namespace Jamsostek.Bot.SignUps;

/// <summary>
/// The Indonesian labels of stored answer codes (occupation, heir relationship), read from the registration flow's
/// own choices in dialogs/ so the console says what the worker was shown. An unknown code is shown as it is.
/// </summary>
public sealed class AnswerLabels
{
    public const string FlowId = "registrasi-bpu";

    public AnswerLabels(DialogEngine engine)
    {
        var flow = engine.Services.Flows.Find(FlowId);
        Occupations = Choices(flow, "pekerjaan");
        Relationships = Choices(flow, "ahli_waris_hubungan");
    }

    public IReadOnlyList<(string Code, string Label)> Occupations { get; }

    public IReadOnlyList<(string Code, string Label)> Relationships { get; }

    /// <summary>"Ojek/ojol", or "Lainnya (penjahit keliling)" with the worker's own words.</summary>
    public string Occupation(string code, string? other = null)
    {
        var label = Find(Occupations, code);
        return string.IsNullOrWhiteSpace(other) ? label : $"{label} ({other})";
    }

    public string Relationship(string code) => Find(Relationships, code);

    private static string Find(IReadOnlyList<(string Code, string Label)> choices, string code) =>
        choices.FirstOrDefault(c => c.Code == code) is { Label: { } label } ? label : code;

    private static List<(string Code, string Label)> Choices(FlowDefinition? flow, string stepId) =>
        flow?.Find(stepId) is { } step ? [.. step.Choices.Select(c => (c.Id, c.Label))] : [];
}
