using Jamsostek.Bot.Conversations;
using Jamsostek.Dialogs.Engine;
using Jamsostek.Dialogs.Flows;

namespace Jamsostek.Bot.Channels.WhatsApp;

/// <summary>
/// What the WhatsApp channel itself says (a photo where an answer was expected, the list's button, an old button),
/// worded in the flows' <c>texts:</c> in dialogs/ (menu.yaml). A missing text stops the start-up while WhatsApp is on.
/// </summary>
public sealed class WhatsAppTexts
{
    public const string NotText = "wa_bukan_teks";
    public const string ListButton = "wa_tombol_daftar";
    public const string ListSection = "wa_judul_daftar";
    public const string StaleChoice = "wa_pilihan_lama";
    public const string OwnNumberButton = "wa_tombol_nomor_ini";
    public const string OwnNumberLine = "wa_konfirmasi_nomor";
    public const string LinkAsk = "wa_tautan_tanya";
    public const string LinkDone = "wa_tautan_berhasil";
    public const string LinkWrong = "wa_tautan_salah";
    public const string LinkLocked = "wa_tautan_terkunci";

    private static readonly string[] Required = [NotText, ListButton, ListSection, StaleChoice, OwnNumberButton, OwnNumberLine, LinkAsk, LinkDone, LinkWrong, LinkLocked];
    private readonly Dictionary<string, string> texts = new(StringComparer.Ordinal);

    public WhatsAppTexts(DialogEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        foreach (var flow in engine.Services.Flows.Flows)
        {
            foreach (var (key, text) in flow.Texts ?? new Dictionary<string, string>())
            {
                if (Required.Contains(key) && !string.IsNullOrWhiteSpace(text))
                {
                    texts.TryAdd(key, text.Trim());
                }
            }
        }

        var missing = Required.Where(k => !texts.ContainsKey(k)).ToList();
        if (missing.Count > 0)
        {
            throw new DialogValidationException([.. missing.Select(k => $"dialogs/: teks 'texts.{k}' wajib ada di salah satu alur (dipakai saluran WhatsApp)")]);
        }
    }

    public string this[string key] => texts[key];
}
