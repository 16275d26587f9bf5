using Jamsostek.Dialogs.Flows;

namespace Jamsostek.Dialogs.Engine.Inputs;

/// <summary>A person's name as on the KTP: letters, spaces and the punctuation names really use.</summary>
internal sealed class NameInput : IInputType
{
    public string Name => "name";

    public InputReading Read(StepDefinition step, InboundInput input, TurnScope scope)
    {
        var text = InputTypes.TextOf(input);
        if (string.IsNullOrWhiteSpace(text))
        {
            return InputReading.Refuse("Nama masih kosong.");
        }

        var name = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (name.Any(char.IsDigit))
        {
            return InputReading.Refuse("Nama tidak boleh berisi angka.");
        }

        if (name.Any(c => !char.IsLetter(c) && c is not (' ' or '.' or '\'' or '-' or ',')))
        {
            return InputReading.Refuse("Nama hanya boleh berisi huruf, spasi, titik, koma, tanda petik atau tanda hubung.");
        }

        if (name.Count(char.IsLetter) < 2)
        {
            return InputReading.Refuse("Nama terlalu pendek.");
        }

        return name.Length > 100
            ? InputReading.Refuse("Nama terlalu panjang (lebih dari 100 huruf).")
            : InputReading.Accept(name);
    }
}
