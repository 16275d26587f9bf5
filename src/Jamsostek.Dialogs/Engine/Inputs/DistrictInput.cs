using Jamsostek.Dialogs.Flows;
using Jamsostek.Dialogs.Parsing;

namespace Jamsostek.Dialogs.Engine.Inputs;

/// <summary>The district (kecamatan) within the chosen regency, listed so that nobody has to spell it.</summary>
internal sealed class DistrictInput : IInputType
{
    public string Name => "district";

    public IReadOnlyList<ReplyChoice> ChoicesFor(StepDefinition step, TurnScope scope) =>
        Options(scope).Select(o => new ReplyChoice(o.Id, o.Label)).ToList();

    public InputReading Read(StepDefinition step, InboundInput input, TurnScope scope)
    {
        var options = Options(scope);
        if (input.ChoiceId is { } id && options.Any(o => o.Id == id))
        {
            return InputReading.Accept(id);
        }

        // A near miss is offered, not taken: a wrong district means a wrong village list.
        var text = InputTypes.TextOf(input) ?? string.Empty;
        return ChoiceInput.Read(text, ChoiceMatcher.MatchPlace(text, options));
    }

    public string Display(string value, StepDefinition step, TurnScope scope) =>
        scope.Services.Regions.FindDistrict(value)?.Name ?? value;

    private static List<ChoiceOption> Options(TurnScope scope) =>
        scope.Slot("kabupaten") is { } regency
            ? scope.Services.Regions.DistrictsOf(regency).OrderBy(d => d.Name, StringComparer.Ordinal)
                .Select(d => new ChoiceOption(d.Code, d.Name, [])).ToList()
            : [];
}
