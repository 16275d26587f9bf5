using Jamsostek.Bpu;
using Jamsostek.Dialogs.Flows;

namespace Jamsostek.Dialogs.Engine.Inputs;

/// <summary>The 16-digit NIK, checked against the real region codes; shown grouped in the summary.</summary>
internal sealed class NikInput : IInputType
{
    public string Name => "nik";

    public InputReading Read(StepDefinition step, InboundInput input, TurnScope scope)
    {
        var text = InputTypes.TextOf(input) ?? string.Empty;
        var result = scope.Services.Nik.Parse(text, scope.Today);
        return result.Info is { } info
            ? InputReading.Accept(info.Nik)
            : InputReading.Refuse(result.Explanation ?? "NIK tidak valid. Silakan periksa KTP Anda lalu ketik ulang NIK.");
    }

    public string Display(string value, StepDefinition step, TurnScope scope) =>
        value.Length == 16 ? $"{value[..4]} {value[4..8]} {value[8..12]} {value[12..]}" : value;

    public static NikInfo? InfoOf(TurnScope scope, string slot = "nik") =>
        scope.Slot(slot) is { } nik ? scope.Services.Nik.Parse(nik, scope.Today).Info : null;
}
