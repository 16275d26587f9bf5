using Jamsostek.Dialogs.Flows;

namespace Jamsostek.Dialogs.Engine.Inputs;

/// <summary>Free text such as a street address: long enough to be useful, short enough for a form.</summary>
internal sealed class TextInput : IInputType
{
    public string Name => "text";

    public InputReading Read(StepDefinition step, InboundInput input, TurnScope scope)
    {
        var text = InputTypes.TextOf(input);
        if (string.IsNullOrWhiteSpace(text))
        {
            return InputReading.Refuse("Jawaban masih kosong.");
        }

        var collapsed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (collapsed.Length < 5)
        {
            return InputReading.Refuse("Jawaban terlalu singkat. Mohon tulis lebih lengkap.");
        }

        return collapsed.Length > 200
            ? InputReading.Refuse($"Jawaban terlalu panjang ({collapsed.Length} huruf). Mohon singkat menjadi paling banyak 200 huruf.")
            : InputReading.Accept(collapsed);
    }
}
