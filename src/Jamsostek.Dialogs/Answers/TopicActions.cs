using Jamsostek.Bpu;
using Jamsostek.Dialogs.Engine;
using Jamsostek.Dialogs.Parsing;

namespace Jamsostek.Dialogs.Answers;

/// <summary>What a topic's action adds to its answer: a computed quote, the asker's own status or data, a handoff, a deletion.</summary>
public sealed class TopicActions(ContributionAnswer contributions, HolidayCalendar holidays)
{
    public const string ConfirmDeleteChoice = "hapus-data:ya";
    public const string DeclineDeleteChoice = "hapus-data:tidak";

    /// <summary>The action's reply, which stands instead of (or extends) the topic's fixed text; null to use that text.</summary>
    public QuestionReply? Run(string? action, string topicAnswer, string? question, ConversationState state, TurnContext context) => action switch
    {
        "quote-contribution" => Quote(topicAnswer, question, state, context),
        "signup-status" => Status(context),
        "handoff" => Handoff(question),
        "delete-data" when Says(question, "hapus") => AskDelete(context),
        "delete-data" when Says(question, "lihat") || Says(question, "liat") || Says(question, "cek data") => PersonalDataText.Show(context),
        _ => null,
    };

    public static QuestionReply Handoff(string? question) => new(
        true,
        [Reply.Plain("Baik, pertanyaan Anda sudah kami teruskan ke petugas. Petugas akan membalas di sini. Bila mendesak, hubungi contact center BPJS Ketenagakerjaan 175.")],
        [new HandoffRequestedEffect(question ?? "(meminta dihubungi petugas)")]);

    public static QuestionReply DeleteConfirmed(TurnContext context) => new(
        true,
        [Reply.Plain(PersonalDataText.Erased(context.Lookups.FindLatestSignUpOfChat()))],
        [new DeletePersonalDataEffect()]);

    private static bool Says(string? question, string word) =>
        question is not null && $" {TextNormalizer.Normalize(question)} ".Contains($" {word}", StringComparison.Ordinal);

    private static QuestionReply AskDelete(TurnContext context) => new(
        true,
        [new Reply(
            PersonalDataText.AskErase(context.Lookups.FindLatestSignUpOfChat()),
            [new ReplyChoice(ConfirmDeleteChoice, "Ya, hapus data saya"), new ReplyChoice(DeclineDeleteChoice, "Tidak jadi")])],
        []);

    private QuestionReply Quote(string topicAnswer, string? question, ConversationState state, TurnContext context)
    {
        var month = WorkerCalendar.ContributionMonth(context.Now, holidays);
        var own = state.Slots.TryGetValue("pekerjaan", out var slot) ? slot : context.Lookups.FindLatestSignUpOfChat()?.Occupation;
        var occupation = ContributionAnswer.OccupationOf(question, own);
        var asked = question is null ? null : contributions.IncomeIn(question, month);
        var text = asked is { } income
            ? contributions.Quote(income, occupation, month) + NextStep(state, context)
            : state.InFlow && OwnIncome(state) is { } own2
                ? contributions.ForOwnIncome(own2, occupation, month) // mid-form: the worker's own figure, short
                : contributions.Lowest(occupation, month) + "\n\n" + topicAnswer; // the figure asked for first, then how it is computed
        return new QuestionReply(true, [Reply.Plain(text)], []);
    }

    private static decimal? OwnIncome(ConversationState state) =>
        state.Slots.TryGetValue("penghasilan", out var typed)
        && decimal.TryParse(typed, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var income)
            ? income
            : null;

    // After a quote the next step is signing up, unless the asker is already in the flow or has signed up.
    private static string NextStep(ConversationState state, TurnContext context) =>
        state.InFlow || context.Lookups.FindLatestSignUpOfChat() is not null ? string.Empty : "\nIngin mendaftar? Ketik *daftar*.";

    private static QuestionReply Status(TurnContext context) =>
        new(true, [SignUpStatusText.WithFollowUps(context.Lookups.FindSignUpsOfChat(), context.Lookups)], []);

    /// <summary>The status with its follow-ups, and the member's payment lines under an approved one.</summary>
    internal static Reply WithMember(ExistingSignUp? signUp, IDialogLookups lookups) =>
        new(MemberStatusLines.WithMember(SignUpStatusText.Describe(signUp), signUp, lookups), SignUpStatusText.FollowUps(signUp));
}
