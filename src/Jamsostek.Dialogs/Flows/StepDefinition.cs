namespace Jamsostek.Dialogs.Flows;

/// <summary>
/// One step: a question (Input set), or an end (End set). Behaviour that needs code is named here
/// (input type, checks, prefill, action) and looked up in the engine's registries.
/// </summary>
public sealed record StepDefinition
{
    public required string Id { get; init; }

    public string? Title { get; init; }

    public required string Text { get; init; }

    /// <summary>
    /// A message sent before the question whenever the step is entered or returned to (not on a retry), so
    /// that an explanation does not push the question off a phone screen. Null: none; empty: a fault.
    /// </summary>
    public string? Intro { get; init; }

    /// <summary>
    /// The intro as the messages it is sent in: a line "---" starts a new message, so that a long
    /// explanation (the summary) reaches the phone in screens that each make sense alone.
    /// </summary>
    public IReadOnlyList<string> IntroMessages => Intro is null
        ? []
        : Intro.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n---\n")
            .Select(m => m.Trim('\n'))
            .Where(m => m.Length > 0)
            .ToList();

    /// <summary>Input type name: text, name, nik, date, money, phone, yes-no, choice, regency, district, village, summary.</summary>
    public string? Input { get; init; }

    /// <summary>Slot the answer is stored in; the step id unless the file says otherwise.</summary>
    public required string Slot { get; init; }

    public IReadOnlyList<ChoiceDefinition> Choices { get; init; } = [];

    public string? Retry { get; init; }

    public string? Example { get; init; }

    public string? Help { get; init; }

    public IReadOnlyList<string> Checks { get; init; } = [];

    /// <summary>Next step id, unless a choice or a check says otherwise.</summary>
    public string? Next { get; init; }

    /// <summary>For yes-no steps: where "tidak" goes.</summary>
    public string? WhenNo { get; init; }

    /// <summary>
    /// For yes-no steps: where "tidak" goes when a sponsor pays for this chat (an invitation or a sponsor's link); that
    /// end step is a decline the host records (<see cref="Engine.SponsorDeclinedEffect"/>). Else <see cref="WhenNo"/>.
    /// </summary>
    public string? WhenNoSponsored { get; init; }

    /// <summary>Text said before going to <see cref="WhenNo"/>.</summary>
    public string? NoText { get; init; }

    /// <summary>End step a failing check goes to (over age, NIK already registered), its text given {alasan}.</summary>
    public string? OnRefuse { get; init; }

    /// <summary>Slots cleared when this step's answer changes (e.g. district after regency).</summary>
    public IReadOnlyList<string> Resets { get; init; } = [];

    /// <summary>For the summary step: the steps listed, in order, each can be picked for change.</summary>
    public IReadOnlyList<string> Summary { get; init; } = [];

    /// <summary>
    /// The summary in parts, each short enough for one phone screen and shown by {ringkasan_1},
    /// {ringkasan_2}... ; one part holding every field when the file lists the fields without parts.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> SummaryParts { get; init; } = [];

    /// <summary>Named action run when the step is confirmed (e.g. submit-signup).</summary>
    public string? Action { get; init; }

    /// <summary>For end steps: how the flow ended (submitted, cancelled, refused...).</summary>
    public string? End { get; init; }

    /// <summary>Label in the confirmation summary.</summary>
    public string? SummaryLabel { get; init; }

    public bool Counted { get; init; } = true;

    /// <summary>Where it is in its file, for fault reports.</summary>
    public int Line { get; init; }

    public bool IsEnd => End is not null;
}
