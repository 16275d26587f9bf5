using Jamsostek.Bpu;
using Jamsostek.Dialogs.Engine.Inputs;
using Jamsostek.Dialogs.Flows;

namespace Jamsostek.Dialogs.Engine;

/// <summary>Builds the engine from dialogs/ and the programme's data; throws DialogValidationException on a bad flow.</summary>
public static class DialogEngineFactory
{
    public static FlowVocabulary Vocabulary { get; } = new(
        InputTypes.Names,
        StepChecks.Names,
        FlowActions.Names,
        ComputedValues.Names);

    public static DialogEngine Create(string dialogsDirectory, EligibilityOptions eligibility, IQuestionAnswerer? answerer = null)
    {
        var flows = FlowLoader.LoadDirectory(dialogsDirectory, Vocabulary);
        var regions = RegionCatalog.LoadEmbedded();
        var services = new EngineServices(
            flows,
            regions,
            new NikParser(regions),
            Tariff.LoadEmbedded(),
            new EligibilityRules(eligibility),
            answerer);
        return new DialogEngine(services);
    }
}
