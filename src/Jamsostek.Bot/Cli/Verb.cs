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
    RemindersPlan,
    RemindersList,
    MembersList,
    PaymentsImport,
    KeysRotate,
}
