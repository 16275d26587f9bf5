using Jamsostek.Dialogs.Flows;
using Jamsostek.Dialogs.Parsing;

namespace Jamsostek.Dialogs.Engine;

/// <summary>
/// Whom a registration is for, asked when one starts in a chat whose own sign-up was rejected: a correction of that
/// sign-up (its answers come back, *kirim* sends it again under its reference) or someone else, a spouse or a relative
/// (it starts empty and gets a reference of its own; the rejected sign-up stays as it is, still to be corrected).
/// </summary>
public static class RegistrationFor
{
    /// <summary>"Perbaiki pendaftaran": the rejected sign-up corrected (also the rejected status's "Perbaiki &amp; kirim ulang").</summary>
    public const string OwnChoice = EngineServices.SignUpAgainChoice + ":perbaiki";

    /// <summary>"Daftarkan orang lain": a registration of someone else, from nothing.</summary>
    public const string SomeoneElseChoice = EngineServices.SignUpAgainChoice + ":orang-lain";

    // No step reads it; the summary and the sign-up's fields ignore it. It rides in the slots because the state is
    // stored as it is (no column), and leaves with them when the registration ends.
    private const string SomeoneElseSlot = "_orang_lain";

    // What a person may type instead of pressing (a number picks the button too).
    private static readonly HashSet<string> OwnWords = new(StringComparer.Ordinal)
    {
        "perbaiki", "perbaiki pendaftaran", "perbaiki data saya", "perbaiki pendaftaran saya", "saya sendiri", "sendiri", "untuk saya", "diri sendiri", "punya saya",
    };

    private static readonly HashSet<string> SomeoneElseWords = new(StringComparer.Ordinal)
    {
        "orang lain", "daftarkan orang lain", "untuk orang lain", "keluarga", "suami", "istri", "isteri", "anak", "orang tua",
    };

    /// <summary>A registration the person said is for someone else (the host never lets it take over their rejected sign-up).</summary>
    public static bool IsSomeoneElse(ConversationState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.Slots.ContainsKey(SomeoneElseSlot);
    }

    /// <summary>The question of <see cref="Ask"/> waits for its answer.</summary>
    public static bool Asked(ConversationState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return !state.InFlow && state.Pending is { } pending && pending.Contains(SomeoneElseChoice, StringComparison.Ordinal);
    }

    /// <summary>The question, outside any flow so that its buttons (or "1"/"2") answer it and not the menu's.</summary>
    internal static void Ask(TurnScope scope, FlowDefinition flow, RejectedDraft draft)
    {
        scope.EndFlow();
        scope.TurnValues["referensi_ditolak"] = draft.Reference;
        scope.TurnValues["nama_ditolak"] = Text.EmphasisMarkers.Escape(draft.Answers.GetValueOrDefault("nama") ?? string.Empty);
        scope.Say(
            scope.Render(flow.Text(FlowTexts.ForWhom, "Pendaftaran {nama_ditolak} ({referensi_ditolak}) belum disetujui. Pendaftaran ini untuk siapa?")),
            [new ReplyChoice(OwnChoice, flow.Text(FlowTexts.ForWhomOwn, "Perbaiki pendaftaran")), new ReplyChoice(SomeoneElseChoice, flow.Text(FlowTexts.ForWhomOther, "Daftarkan orang lain"))]);
    }

    /// <summary>The answer to <see cref="Ask"/> (a button, its number, or its words); false when the input is none.</summary>
    internal static bool TryAnswer(TurnScope scope, InboundInput input, string text)
    {
        var choice = input.ChoiceId is OwnChoice or SomeoneElseChoice ? input.ChoiceId
            : input.ChoiceId is null && Asked(scope.State) ? Typed(TextNormalizer.Normalize(text))
            : null;
        if (choice is null || MenuFlow.InTask(scope) || scope.Services.Flows.Find(EngineServices.RegistrationFlowId) is not { } flow)
        {
            return false;
        }

        if (choice == OwnChoice)
        {
            scope.StartFlowFromOutside(flow, askedForWhom: true);
            return true;
        }

        string? prefix = null;
        if (scope.Context.Lookups.FindRejectedDraft(scope.State.Source) is { } draft)
        {
            scope.TurnValues["referensi_ditolak"] = draft.Reference;
            prefix = scope.Render(flow.Text(FlowTexts.ForWhomOtherStarted, string.Empty));
        }

        scope.SetSlot(SomeoneElseSlot, "1");
        scope.StartFlow(flow, prefix);
        return true;
    }

    // Runs on every turn's route, so the text is normalised only when the question waits for its answer.
    private static string? Typed(string normal) =>
        OwnWords.Contains(normal) ? OwnChoice : SomeoneElseWords.Contains(normal) ? SomeoneElseChoice : null;

    /// <summary>"ulang" in a registration for someone else starts it again for someone else.</summary>
    internal static ConversationState Carried(ConversationState before, ConversationState started) =>
        IsSomeoneElse(before) && started.FlowId == EngineServices.RegistrationFlowId
            ? started with { Slots = started.Slots.SetItem(SomeoneElseSlot, "1") }
            : started;
}
