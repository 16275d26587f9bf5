using Jamsostek.Dialogs.Engine;
using Jamsostek.Dialogs.Flows;

namespace Jamsostek.Bot.Conversations;

/// <summary>
/// What the host itself says to a worker (the NIK entry limit, a handoff added to an open one), worded in the
/// flows' <c>texts:</c> in dialogs/ like the engine's own messages. A missing text stops the start-up
/// (EngineStartupCheck), never the first message that needs it.
/// </summary>
public sealed class HostTexts
{
    private static readonly string[] Required = [FlowTexts.NikLimitReached, FlowTexts.HandoffAdded, FlowTexts.HandoffCut];

    private readonly Dictionary<string, string> texts = new(StringComparer.Ordinal);

    public HostTexts(DialogEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        foreach (var flow in engine.Services.Flows.Flows)
        {
            foreach (var (key, text) in flow.Texts ?? new Dictionary<string, string>())
            {
                if (Required.Contains(key) && !string.IsNullOrWhiteSpace(text))
                {
                    texts.TryAdd(key, text.TrimEnd());
                }
            }
        }

        var missing = Required.Where(k => !texts.ContainsKey(k)).ToList();
        if (missing.Count > 0)
        {
            throw new DialogValidationException([.. missing.Select(k => $"dialogs/: teks 'texts.{k}' wajib ada di salah satu alur (dipakai bot di luar langkah)")]);
        }
    }

    /// <summary>The text with its {placeholders} filled.</summary>
    public string Say(string key, params (string Name, string Value)[] values) =>
        values.Aggregate(texts[key], (text, v) => text.Replace("{" + v.Name + "}", v.Value, StringComparison.Ordinal));
}
