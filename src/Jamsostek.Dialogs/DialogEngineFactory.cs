using Jamsostek.Bpu;
using Jamsostek.Dialogs.Answers;
using Jamsostek.Dialogs.Engine;
using Jamsostek.Dialogs.Engine.Inputs;
using Jamsostek.Dialogs.Flows;
using Jamsostek.Dialogs.Knowledge;

namespace Jamsostek.Dialogs;

/// <summary>
/// Builds the engine from dialogs/ (flows, and the knowledge base in dialogs/pengetahuan) and the
/// programme's data; throws DialogValidationException on a bad flow, KnowledgeBaseException on a bad topic.
/// The library's composition root: it wires Answers/ and Knowledge/ into the engine, so it sits above them.
/// </summary>
public static class DialogEngineFactory
{
    /// <summary>The knowledge base's folder inside dialogs/.</summary>
    public const string KnowledgeFolder = "pengetahuan";

    public static FlowVocabulary Vocabulary { get; } = new(
        InputTypes.Names,
        StepChecks.Names,
        FlowActions.Names,
        ComputedValues.Names);

    /// <param name="tariff">The tariff in force (the host's Tariff:Path setting); null for the built-in one.</param>
    /// <param name="holidays">The host's holiday calendar (Holidays:Path), so quotes move a due date as the approval notice does; null for the built-in one.</param>
    /// <param name="regions">The host's region catalogue, so one copy of the 83 762 villages serves it all; null to load one.</param>
    public static DialogEngine Create(string dialogsDirectory, EligibilityOptions eligibility, IQuestionAnswerer? answerer = null, Tariff? tariff = null, RegionCatalog? regions = null, HolidayCalendar? holidays = null)
    {
        var flows = FlowLoader.LoadDirectory(dialogsDirectory, Vocabulary);
        regions ??= RegionCatalog.LoadEmbedded();
        tariff ??= Tariff.LoadEmbedded();
        holidays ??= HolidayCalendar.LoadEmbedded();
        var knowledgeFolder = Path.Combine(dialogsDirectory, KnowledgeFolder);
        if (answerer is null && Directory.Exists(knowledgeFolder))
        {
            // One matcher a folder's content for the whole process (KnowledgeCache): building it takes seconds.
            var (knowledge, matcher) = KnowledgeCache.Get(knowledgeFolder);
            answerer = new KnowledgeAnswerer(knowledge, matcher, new TopicActions(new ContributionAnswer(tariff), holidays), eligibility);
        }

        var services = new EngineServices(
            flows,
            regions,
            new NikParser(regions),
            tariff,
            new EligibilityRules(eligibility),
            holidays,
            new SignUpStatusTeller(),
            answerer);
        return new DialogEngine(services);
    }
}
