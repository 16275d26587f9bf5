using System.Text.RegularExpressions;
using Jamsostek.Dialogs.Engine;
using Jamsostek.Dialogs.Flows;
using Jamsostek.Dialogs.Knowledge;
using Jamsostek.Dialogs.Tests.Engine;
using Jamsostek.Dialogs.Tests.Knowledge;

namespace Jamsostek.Dialogs.Tests.Flows;

/// <summary>
/// Every text in dialogs/, its placeholders filled with their longest values, fits one phone screen
/// (shared/docs/bahasa-style.md: 8 lines and 500 characters; a list of choices may add up to 8 short lines).
/// </summary>
public sealed partial class PhoneScreenLimitTests
{
    private const int MaxLines = 8;
    private const int MaxChars = 500;
    private const int MaxChoices = 8;
    private const int MaxChoiceLabel = 40;

    // The longest a value can be when shown: names and places as long as real ones get, amounts and dates at their widest.
    private static readonly Dictionary<string, string> Longest = new(StringComparer.Ordinal)
    {
        ["nama"] = new string('N', 50),
        ["ahli_waris_nama"] = new string('N', 50),
        ["nik_kabupaten"] = "Kabupaten Kepulauan Siau Tagulandang Biaro",
        ["nik_tanggal_lahir"] = "30 September 1990",
        ["tanggal_diketik"] = "30 September 1990",
        ["bisa_daftar_mulai"] = "30 September 2027",
        ["nik_jenis_kelamin"] = "laki-laki",
        ["keringanan_sampai"] = "September 2027",
        ["keringanan_sesudah"] = "Desember 2027",
        ["keringanan_peraturan"] = "PP 50/2025",
        ["keringanan_persen"] = "50",
        ["referensi"] = "BPU-7K3Q-2M",
        ["referensi_terdaftar"] = "BPU-7K3Q-2M",
        ["referensi_ditolak"] = "BPU-7K3Q-2M",
        ["kpj_terdaftar"] = "12345678901",
        ["alasan_ditolak"] = "Nama atau tanggal lahir tidak sesuai dengan KTP. " + new string('x', 120),
        ["langkah_sekarang"] = "langkah 16 dari 16 (Hubungan ahli waris)",
        ["iuran_ke_depan"] = "Rp13.400 untuk iuran bulan September 2027, lalu Rp26.800 sebulan sampai iuran bulan Desember 2027, lalu Rp126.800 sebulan",
        ["rincian_iuran"] = "Rp13.400 untuk September 2027 sampai Desember 2027, lalu Rp126.800/bulan; sekali bayar 12 bulan Rp1.234.800",
        ["hari_kerja"] = "25",
        ["minggu_sebulan"] = "4",
        ["usia"] = "100",
        ["usia_maksimal"] = "65",
        ["usia_minimal"] = "15",
    };

    private const string Money = "Rp12.345.678";

    public static TheoryData<string, string> Texts()
    {
        var data = new TheoryData<string, string>();
        var catalog = FlowLoader.LoadDirectory(RepoPaths.Dialogs, DialogEngineFactory.Vocabulary);
        foreach (var flow in catalog.Flows)
        {
            foreach (var (key, text) in flow.Texts ?? new Dictionary<string, string>())
            {
                data.Add($"{flow.Id}.texts.{key}", Fill(text, flow));
            }

            var counted = flow.CountedSteps.Count;
            foreach (var step in flow.Steps)
            {
                var header = step.Counted && step.Title is not null && flow.ShowProgress ? $"Langkah {counted} dari {counted} — {step.Title}\n" : string.Empty;
                data.Add($"{flow.Id}.{step.Id}.text", header + Fill(step.Text, flow));
                foreach (var (message, i) in step.IntroMessages.Select((m, i) => (m, i + 1)))
                {
                    data.Add($"{flow.Id}.{step.Id}.intro{i}", Fill(message, flow, step));
                }

                foreach (var (name, extra) in new[] { ("help", step.Help), ("retry", step.Retry), ("no_text", step.NoText) })
                {
                    if (extra is not null)
                    {
                        data.Add($"{flow.Id}.{step.Id}.{name}", Fill(extra, flow) + "\n" + header + Fill(step.Text, flow));
                    }
                }
            }
        }

        foreach (var topic in KnowledgeBase.Load(KnowledgeTestFiles.KnowledgeDirectory).Topics)
        {
            data.Add($"pengetahuan.{topic.Id}", topic.Answer.Trim());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Text_FitsOnePhoneScreen_WithLongestValues(string where, string text)
    {
        var lines = text.Trim().Split('\n').Length;
        Assert.True(lines <= MaxLines, $"{where}: {lines} lines, at most {MaxLines}:\n{text}");
        Assert.True(text.Trim().Length <= MaxChars, $"{where}: {text.Trim().Length} characters, at most {MaxChars}:\n{text}");
    }

    [Fact]
    public void Choices_AreAShortList_InEveryStep()
    {
        var catalog = FlowLoader.LoadDirectory(RepoPaths.Dialogs, DialogEngineFactory.Vocabulary);
        foreach (var step in catalog.Flows.SelectMany(f => f.Steps.Select(s => (Flow: f, Step: s))))
        {
            Assert.True(step.Step.Choices.Count <= MaxChoices + 2, $"{step.Flow.Id}.{step.Step.Id}: {step.Step.Choices.Count} choices");
            foreach (var choice in step.Step.Choices)
            {
                var label = Fill(choice.Label, step.Flow);
                Assert.True(label.Length <= MaxChoiceLabel, $"{step.Flow.Id}.{step.Step.Id}.{choice.Id}: \"{label}\" is {label.Length} characters");
            }
        }
    }

    // The longest a summary answer can be shown: typed text at its input's limit (200 letters), names and
    // places as above; a choice at its longest label.
    private static readonly Dictionary<string, string> LongestAnswer = new(StringComparer.Ordinal)
    {
        ["nik"] = "6306 0552 0890 0003",
        ["tanggal_lahir"] = "30 September 1990",
        ["jenis_kelamin"] = "Laki-laki",
        ["kabupaten"] = "Kabupaten Kepulauan Siau Tagulandang Biaro",
        ["kecamatan"] = new string('K', 40),
        ["desa"] = new string('D', 40),
        ["no_hp"] = "0812-5123-4567-890",
        ["penghasilan"] = Money + "/bulan",
    };

    private const int TypedTextLimit = 200;

    private static string SummaryLines(FlowDefinition flow, IReadOnlyList<string> fields) =>
        string.Join('\n', fields.Select(id => flow.Find(id)!).Select(s =>
        {
            var value = LongestAnswer.TryGetValue(s.Id, out var known) ? known
                : Longest.TryGetValue(s.Slot, out var named) ? named
                : s.Choices.Count > 0 ? s.Choices.Select(c => Fill(c.ShortLabel ?? c.Label, flow)).MaxBy(l => l.Length)!
                : s.Input == "text" ? new string('x', TypedTextLimit)
                : throw new InvalidOperationException($"no longest value for summary field {s.Id}");
            return $"• {s.SummaryLabel ?? s.Title ?? s.Id}: {value}";
        }));

    private static string Fill(string template, FlowDefinition flow, StepDefinition? step = null, int depth = 0) =>
        Placeholder().Replace(template, m =>
        {
            var name = m.Groups[1].Value;
            if (depth < 3 && flow.Texts is { } texts && texts.TryGetValue(name, out var nested))
            {
                return Fill(nested, flow, step, depth + 1); // {keringanan} is the flow's own text
            }

            if (step is not null && name == "ringkasan")
            {
                return SummaryLines(flow, step.Summary);
            }

            if (step is not null && name.StartsWith("ringkasan_", StringComparison.Ordinal))
            {
                return SummaryLines(flow, step.SummaryParts[int.Parse(name["ringkasan_".Length..], System.Globalization.CultureInfo.InvariantCulture) - 1]);
            }

            if (name == "alasan" && flow.Texts is { } all)
            {
                // The longest refusal a check can give.
                return all.Where(t => t.Key.StartsWith("usia_", StringComparison.Ordinal) || t.Key.StartsWith("nik_terdaftar", StringComparison.Ordinal))
                    .Select(t => Fill(t.Value, flow, step, depth + 1)).MaxBy(t => t.Length) ?? string.Empty;
            }

            return Longest.TryGetValue(name, out var value) ? value
                : name.StartsWith("iuran", StringComparison.Ordinal) || name.StartsWith("penghasilan", StringComparison.Ordinal) || name.StartsWith("dasar", StringComparison.Ordinal) ? Money
                : new string('x', 30);
        });

    [GeneratedRegex(@"\{([a-z_0-9]+)\}")]
    private static partial Regex Placeholder();
}
