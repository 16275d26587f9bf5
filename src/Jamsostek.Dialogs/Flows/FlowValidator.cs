using System.Text.RegularExpressions;

namespace Jamsostek.Dialogs.Flows;

/// <summary>Finds every fault of a flow, each reported as file:step: problem, in Indonesian for the staff who edit it.</summary>
internal static partial class FlowValidator
{
    public static IEnumerable<string> Validate(FlowDefinition flow, FlowVocabulary vocabulary)
    {
        var file = flow.SourceFile;
        if (string.IsNullOrWhiteSpace(flow.Id))
        {
            yield return $"{file}: 'id' alur kosong";
        }

        if (flow.Version < 1)
        {
            yield return $"{file}: 'version' harus angka 1 atau lebih";
        }

        if (flow.Steps.Count == 0)
        {
            yield return $"{file}: alur tidak punya langkah";
            yield break;
        }

        if (flow.Find(flow.StartStepId) is null)
        {
            yield return $"{file}: 'start' menunjuk langkah yang tidak ada '{flow.StartStepId}'";
        }

        foreach (var duplicate in flow.Steps.GroupBy(s => s.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            yield return $"{file}:{duplicate.Key}: id langkah dipakai {duplicate.Count()} kali";
        }

        var slots = flow.Steps.Select(s => s.Slot).ToHashSet(StringComparer.Ordinal);
        foreach (var (key, text) in flow.Texts ?? new Dictionary<string, string>())
        {
            if (!FlowTexts.Keys.TryGetValue(key, out var own))
            {
                yield return $"{file}: 'texts' berisi kunci tidak dikenal '{key}' (yang dikenal: {string.Join(", ", FlowTexts.Keys.Keys.Order())})";
                own = new HashSet<string>();
            }

            foreach (var name in UnknownPlaceholders(text ?? string.Empty, slots, vocabulary).Where(n => !own.Contains(n)))
            {
                yield return $"{file}: 'texts.{key}' memakai '{{{name}}}' yang tidak dikenal";
            }

            // {keringanan} is this very text: using it inside would never finish.
            if ((text ?? string.Empty).Contains("{" + key + "}", StringComparison.Ordinal))
            {
                yield return $"{file}: 'texts.{key}' tidak boleh memakai '{{{key}}}' di dalam dirinya sendiri";
            }
        }

        // The reminder words work anywhere, so their replies live in the menu that is always there.
        if (flow.Id == FlowCatalog.MenuFlowId)
        {
            foreach (var key in new[] { FlowTexts.RemindersStopped, FlowTexts.RemindersStarted, FlowTexts.PaymentClaimed }.Where(k => !HasText(flow, k)))
            {
                yield return $"{file}: 'texts.{key}' wajib ada di menu: jawaban untuk kata pengingat di luar langkah";
            }
        }

        if (!flow.FreeTextLeaves && flow.Steps.Any(s => s.Input is not null) && !HasText(flow, FlowTexts.WayOut))
        {
            yield return $"{file}: 'texts.{FlowTexts.WayOut}' wajib ada: kalimat jalan keluar setelah 3 kali jawaban tidak terbaca";
        }

        foreach (var step in flow.Steps)
        {
            foreach (var missing in step.Checks.Where(FlowTexts.NeededByCheck.ContainsKey)
                .SelectMany(c => FlowTexts.NeededByCheck[c].Where(k => !HasText(flow, k)).Select(k => (Check: c, Key: k))))
            {
                yield return $"{file}:{step.Id}: pemeriksaan '{missing.Check}' perlu teks 'texts.{missing.Key}'";
            }

            foreach (var key in FlowTexts.NeededByInput.GetValueOrDefault(step.Input ?? string.Empty, []).Where(k => !HasText(flow, k)))
            {
                yield return $"{file}:{step.Id}: jawaban '{step.Input}' perlu teks 'texts.{key}'";
            }

            foreach (var fault in ValidateStep(flow, step, vocabulary, slots))
            {
                yield return $"{file}:{(step.Id.Length == 0 ? "(tanpa id)" : step.Id)}: {fault}";
            }
        }

        // A wrong 'next' strands every step after it: that one fault explains them, so they are not listed too.
        if (flow.Steps.SelectMany(Targets).Any(t => flow.Find(t) is null))
        {
            yield break;
        }

        var reachable = Reachable(flow);
        foreach (var step in flow.Steps.Where(s => !reachable.Contains(s.Id)))
        {
            yield return $"{file}:{step.Id}: langkah tidak pernah dicapai dari 'start'";
        }
    }

    private static IEnumerable<string> ValidateStep(FlowDefinition flow, StepDefinition step, FlowVocabulary vocabulary, HashSet<string> slots)
    {
        if (string.IsNullOrWhiteSpace(step.Id))
        {
            yield return "langkah tanpa 'id'";
        }

        if (string.IsNullOrWhiteSpace(step.Text))
        {
            yield return "teks kosong";
        }

        if (step.Intro is not null && string.IsNullOrWhiteSpace(step.Intro))
        {
            yield return "'intro' kosong: hapus baris itu, atau isi kalimat pengantarnya";
        }

        if (step.Intro is not null && step.Input is null)
        {
            yield return "'intro' hanya untuk pertanyaan: langkah akhir cukup memakai 'text'";
        }

        for (var part = step.SummaryParts.Count + 1; part <= 4; part++)
        {
            if (step.Intro?.Contains($"{{ringkasan_{part}}}", StringComparison.Ordinal) == true)
            {
                yield return $"'intro' memakai '{{ringkasan_{part}}}' tetapi 'summary' hanya punya {step.SummaryParts.Count} bagian";
            }
        }

        if (step.Input is null && step.End is null)
        {
            yield return "langkah harus punya 'input' (pertanyaan) atau 'end' (akhir)";
        }

        if (step.Input is not null && !vocabulary.InputTypes.Contains(step.Input))
        {
            yield return $"jenis input tidak dikenal '{step.Input}' (yang dikenal: {string.Join(", ", vocabulary.InputTypes.Order())})";
        }

        foreach (var check in step.Checks.Where(c => !vocabulary.Checks.Contains(c)))
        {
            yield return $"pemeriksaan tidak dikenal '{check}'";
        }

        foreach (var action in step.Choices.Select(c => c.Action).Append(step.Action).OfType<string>().Where(a => !vocabulary.Actions.Contains(a)))
        {
            yield return $"aksi tidak dikenal '{action}'";
        }

        foreach (var target in Targets(step).Where(t => flow.Find(t) is null))
        {
            yield return $"menunjuk langkah yang tidak ada '{target}'";
        }

        if (step.Input is not null && step.Next is null && step.Input != "summary" && step.Choices.All(c => c.Next is null && c.Start is null && c.Action is null))
        {
            yield return "pertanyaan tanpa 'next': ke mana setelah dijawab?";
        }

        if (step.Input is "choice" && step.Choices.Count == 0)
        {
            yield return "input 'choice' tanpa pilihan";
        }

        foreach (var choice in step.Choices.Where(c => string.IsNullOrWhiteSpace(c.Id) || string.IsNullOrWhiteSpace(c.Label)))
        {
            yield return $"pilihan tanpa id atau label ('{choice.Id}')";
        }

        foreach (var duplicate in step.Choices.GroupBy(c => c.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            yield return $"id pilihan '{duplicate.Key}' dipakai lebih dari sekali";
        }

        foreach (var reset in step.Resets.Where(r => !slots.Contains(r)))
        {
            yield return $"'resets' menyebut isian yang tidak ada '{reset}'";
        }

        var texts = new[] { step.Text, step.Intro, step.Retry, step.Help, step.NoText }.Concat(step.Choices.Select(c => c.Label)).Concat(step.Choices.Select(c => c.ShortLabel)).OfType<string>();
        foreach (var name in texts.SelectMany(t => UnknownPlaceholders(t, slots, vocabulary)).Distinct(StringComparer.Ordinal))
        {
            yield return $"teks memakai '{{{name}}}' yang tidak dikenal";
        }
    }

    private static bool HasText(FlowDefinition flow, string key) =>
        flow.Texts is not null && flow.Texts.TryGetValue(key, out var text) && !string.IsNullOrWhiteSpace(text);

    private static IEnumerable<string> UnknownPlaceholders(string text, HashSet<string> slots, FlowVocabulary vocabulary) =>
        Placeholder().Matches(text).Select(m => m.Groups[1].Value)
            .Where(name => !slots.Contains(name) && !vocabulary.ComputedValues.Contains(name));

    internal static IEnumerable<string> Targets(StepDefinition step) =>
        new[] { step.Next, step.WhenNo, step.WhenNoSponsored, step.OnRefuse }.Concat(step.Choices.Select(c => c.Next)).Concat(step.Summary).OfType<string>();

    private static HashSet<string> Reachable(FlowDefinition flow)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>([flow.StartStepId]);
        while (queue.TryDequeue(out var id))
        {
            if (!seen.Add(id) || flow.Find(id) is not { } step)
            {
                continue;
            }

            foreach (var target in Targets(step))
            {
                queue.Enqueue(target);
            }
        }

        return seen;
    }

    [GeneratedRegex(@"\{([a-z0-9_]+)\}")]
    internal static partial Regex Placeholder();
}
