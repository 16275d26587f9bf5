using System.Globalization;
using Jamsostek.Dialogs.Flows;
using Jamsostek.Dialogs.Parsing;
using Jamsostek.Dialogs.Text;

namespace Jamsostek.Dialogs.Engine.Inputs;

/// <summary>A rupiah amount typed the way people type it ("2,5 jt", "750rb"); stored as a whole number.</summary>
internal sealed class MoneyInput : IInputType
{
    public string Name => "money";

    public InputReading Read(StepDefinition step, InboundInput input, TurnScope scope)
    {
        var parsed = MoneyParser.Parse(InputTypes.TextOf(input) ?? string.Empty);
        return parsed.Ok
            ? InputReading.Accept(decimal.Round(parsed.Value).ToString(CultureInfo.InvariantCulture))
            : InputReading.Refuse(parsed.Problem ?? "Jumlah uang tidak terbaca.");
    }

    public string Display(string value, StepDefinition step, TurnScope scope) =>
        decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount)
            ? IndonesianFormat.Money(amount) + "/bulan"
            : value;
}
