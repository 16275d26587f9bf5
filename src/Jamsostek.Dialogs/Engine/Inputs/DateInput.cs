using System.Globalization;
using Jamsostek.Dialogs.Flows;
using Jamsostek.Dialogs.Parsing;
using Jamsostek.Dialogs.Text;

namespace Jamsostek.Dialogs.Engine.Inputs;

/// <summary>A date typed the Indonesian way; stored as yyyy-MM-dd.</summary>
internal sealed class DateInput : IInputType
{
    public string Name => "date";

    public InputReading Read(StepDefinition step, InboundInput input, TurnScope scope)
    {
        var parsed = DateParser.Parse(InputTypes.TextOf(input) ?? string.Empty, scope.Today);
        return parsed.Ok
            ? InputReading.Accept(parsed.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            : InputReading.Refuse(parsed.Problem ?? "Tanggal tidak terbaca.");
    }

    public string Display(string value, StepDefinition step, TurnScope scope) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? IndonesianFormat.Date(date)
            : value;
}
