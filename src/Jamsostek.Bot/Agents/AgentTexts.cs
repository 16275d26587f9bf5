using Jamsostek.Bot.Shared;


namespace Jamsostek.Bot.Agents;

/// <summary>The texts and words of dialogs/agen/agen.yaml, checked when loaded (every text present; the codes quoted where needed).</summary>
public sealed class AgentTexts
{
    public const string FileName = "agen/agen.yaml";

    private static readonly string[] RequiredTexts =
    [
        "tautan_berhasil", "tautan_salah", "tanya_wa", "bukan_agen", "mulai", "menu_agen", "terkirim", "terkirim_wa", "tanya_pekerja", "tombol_setuju",
        "tombol_tolak", "kode_salah", "kode_di_chat_agen", "disetujui", "ditolak", "sudah_terdaftar", "agen_disetujui", "agen_ditolak",
        "agen_kedaluwarsa", "status_judul", "status_kosong", "status_held", "status_pending", "status_approved", "status_rejected", "status_withdrawn",
        "tombol_orang_lain", "tanya_tinggalkan", "tombol_tinggalkan", "tombol_lanjutkan", "kembali_sendiri", "agen_nonaktif", "hapus_agen", "hapus_titipan",
        "agen_dihapus_pekerja",
    ];

    private static readonly string[] RequiredWords = ["daftar_orang_lain", "setuju", "tolak", "status", "tinggalkan", "lanjutkan"];

    private readonly Dictionary<string, string> texts;
    private readonly Dictionary<string, HashSet<string>> words;

    private AgentTexts(Dictionary<string, string> texts, Dictionary<string, HashSet<string>> words)
    {
        this.texts = texts;
        this.words = words;
    }

    public static AgentTexts Load(string dialogsFolder) => Parse(DialogsYaml.Read(dialogsFolder, FileName));

    public static AgentTexts Parse(string yaml)
    {
        var file = DialogsYaml.Deserialize<TextsFile>(yaml, FileName);

        var texts = file?.Texts ?? [];
        var words = file?.Words ?? [];
        var faults = RequiredTexts.Where(k => string.IsNullOrWhiteSpace(texts.GetValueOrDefault(k))).Select(k => $"{FileName}:texts: '{k}' is required.")
            .Concat(RequiredWords.Where(k => words.GetValueOrDefault(k) is not { Count: > 0 }).Select(k => $"{FileName}:words: '{k}' is required."))
            .ToList();
        foreach (var placeholder in new[] { "{referensi}", "{kode}", "{tautan}" })
        {
            if (!texts.GetValueOrDefault("terkirim", string.Empty).Contains(placeholder, StringComparison.Ordinal))
            {
                faults.Add($"{FileName}:terkirim: the text must use {placeholder}.");
            }
        }

        if (faults.Count > 0)
        {
            throw new InvalidDataException(string.Join(Environment.NewLine, faults));
        }

        return new AgentTexts(
            texts.ToDictionary(p => p.Key, p => p.Value.Trim(), StringComparer.Ordinal),
            words.ToDictionary(p => p.Key, p => p.Value.Select(Normalise).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal));
    }

    /// <summary>The text with its placeholders filled.</summary>
    public string Say(string key, params (string Name, string Value)[] values) =>
        values.Aggregate(texts[key], (text, v) => text.Replace("{" + v.Name + "}", v.Value, StringComparison.Ordinal));

    /// <summary>Whether the text is one of the words listed under <paramref name="key"/> (case, punctuation and spacing aside).</summary>
    public bool Is(string key, string? text) => text is not null && words[key].Contains(Normalise(text));

    private static string Normalise(string text) =>
        string.Join(' ', new string(text.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private sealed class TextsFile
    {
        public Dictionary<string, string>? Texts { get; set; }

        public Dictionary<string, List<string>>? Words { get; set; }
    }
}
