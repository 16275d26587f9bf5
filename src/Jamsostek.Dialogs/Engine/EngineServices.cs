using Jamsostek.Bpu;
using Jamsostek.Dialogs.Flows;

namespace Jamsostek.Dialogs.Engine;

/// <summary>What the engine knows besides a turn's state: flows, programme rules, and the question answerer.</summary>
public sealed record EngineServices(
    FlowCatalog Flows,
    RegionCatalog Regions,
    NikParser Nik,
    Tariff Tariff,
    EligibilityRules Eligibility,
    HolidayCalendar Holidays,
    ISignUpStatusTeller StatusTeller,
    IQuestionAnswerer? Answerer = null)
{
    /// <summary>The flow the welcome menu lives in.</summary>
    public const string MenuFlowId = FlowCatalog.MenuFlowId;

    /// <summary>The registration flow, which a rejected sign-up is started again from.</summary>
    public const string RegistrationFlowId = "registrasi-bpu";

    /// <summary>Choice id that starts the registration flow (a rejected sign-up is corrected by signing up again).</summary>
    public const string SignUpAgainChoice = "mulai:" + RegistrationFlowId;
}
