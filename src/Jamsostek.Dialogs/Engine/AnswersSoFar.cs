using Jamsostek.Dialogs.Parsing;

namespace Jamsostek.Dialogs.Engine;

/// <summary>
/// "lihat data saya" in the middle of a form: the answers typed so far (nothing is stored before "kirim",
/// so the host's lookup would wrongly say there is no data), shown as the summary shows them.
/// </summary>
internal static class AnswersSoFar
{
    private static readonly HashSet<string> Phrases = new(StringComparer.Ordinal)
    {
        "lihat data saya", "lihat data", "liat data", "liat data saya", "lihat data sy", "liat data sy", "cek data", "cek data saya",
        "data saya", "data sy", "jawaban saya", "lihat jawaban", "lihat jawaban saya", "data saya apa saja",
    };

    public static bool Requested(string? text) => text is not null && Phrases.Contains(TextNormalizer.Normalize(text));

    public static string Render(TurnScope scope)
    {
        var flow = scope.Flow!;
        var fields = flow.Steps.FirstOrDefault(s => s.Input == "summary")?.Summary ?? flow.Steps.Select(s => s.Id).ToList();
        var lines = fields
            .Select(flow.Find)
            .OfType<Flows.StepDefinition>()
            .Where(s => scope.Slot(s.Slot) is not null)
            .Select(s => $"• {s.SummaryLabel ?? s.Title ?? s.Id}: {PromptRenderer.Display(s.Slot, scope.Slot(s.Slot)!, scope)}")
            .ToList();
        return lines.Count == 0
            ? "Belum ada jawaban yang Anda isi."
            : "Jawaban Anda sejauh ini (belum dikirim):\n" + string.Join('\n', lines);
    }
}
