namespace Jamsostek.Bot.Cli;

public enum Verb
{
    Serve,
    Chat,
    SignUpsList,
    DbMigrate,
    Ask,
    OfficersAdd,
    OfficersList,
    SignUpsApprove,
    SignUpsReject,
    SponsorsAdd,
    SponsorsImport,
    RemindersPlan,
    RemindersList,
    MembersList,
    PaymentsImport,
    KeysRotate,
    AgentsAdd,
    AgentsList,
}
