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

        var collapsed = NonAnswers.StripAddressLeadIn(string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        if (NonAnswers.IsFiller(collapsed) || NonAnswers.IsPhoneNumber(collapsed))
        {
            // "status", "sesuai ktp", "terima kasih", "0812…": said to the step, but no answer to it.
            var what = step.Title is { } title ? title.ToLowerInvariant() : "jawaban";
            var example = step.Example is { } e ? $" Contoh: {scope.Render(e)}" : string.Empty;
            return InputReading.Refuse($"\"{ChoiceInput.Shorten(collapsed)}\" belum berupa {what}. Mohon tulis {what} Anda selengkapnya.{example}");
        }

        if (collapsed.Length < 5)
        {
            return InputReading.Refuse("Jawaban terlalu singkat. Mohon tulis lebih lengkap.");
        }

        return collapsed.Length > 200
            ? InputReading.Refuse($"Jawaban terlalu panjang ({collapsed.Length} huruf). Mohon singkat menjadi paling banyak 200 huruf.")
            : InputReading.Accept(collapsed);
    }
}
