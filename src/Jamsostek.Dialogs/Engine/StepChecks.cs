using System.Globalization;
using Jamsostek.Bpu;
using Jamsostek.Dialogs.Engine.Inputs;
using Jamsostek.Dialogs.Flows;
using Jamsostek.Dialogs.Text;

namespace Jamsostek.Dialogs.Engine;

/// <summary>Checks a flow can name after an answer is read. Each may accept, ask again, refuse, or ask a sub-question.</summary>
internal static class StepChecks
{
    public const string DateMismatch = "tanggal-beda";

    private static readonly Dictionary<string, Func<TurnScope, CheckOutcome>> All = new(StringComparer.Ordinal)
    {
        ["nik-not-registered"] = NikNotRegistered,
        ["age-eligible"] = AgeEligible,
        ["matches-nik"] = MatchesNik,
    };

    public static IReadOnlySet<string> Names { get; } = All.Keys.ToHashSet(StringComparer.Ordinal);

    public static CheckOutcome Run(string name, TurnScope scope) => All[name](scope);

    private static CheckOutcome NikNotRegistered(TurnScope scope)
    {
        if (scope.Slot("nik") is not { } nik || scope.Context.Lookups.FindActiveSignUp(nik) is not { } existing)
        {
            return CheckOutcome.Pass;
        }

        return CheckOutcome.Refuse(AlreadyRegistered(scope, existing));
    }

    /// <summary>
    /// Why a NIK cannot sign up again. Its own chat sees the reference and status; any other chat only
    /// learns that the NIK is taken, since whoever typed it may not be its owner.
    /// </summary>
    public static string AlreadyRegistered(TurnScope scope, ExistingSignUp existing)
    {
        if (scope.Context.Lookups.FindLatestSignUpOfChat()?.Reference != existing.Reference)
        {
            return scope.RenderText(FlowTexts.NikTakenElsewhere);
        }

        return existing.Status == SignUpStatus.Approved
            ? scope.RenderText(FlowTexts.NikTakenApproved, ("referensi_terdaftar", existing.Reference), ("kpj_terdaftar", existing.Kpj ?? "-"))
            : scope.RenderText(FlowTexts.NikTakenPending, ("referensi_terdaftar", existing.Reference));
    }

    private static CheckOutcome AgeEligible(TurnScope scope)
    {
        if (NikInput.InfoOf(scope) is not { } info)
        {
            return CheckOutcome.Pass;
        }

        var result = scope.Services.Eligibility.Check(info.BirthDate, scope.Today);
        var age = ("usia", result.Age.ToString(CultureInfo.InvariantCulture));
        var limit = result.Limit.ToString(CultureInfo.InvariantCulture);
        return result.Refusal switch
        {
            AgeRefusal.TooOld => CheckOutcome.Refuse(scope.RenderText(FlowTexts.TooOld, age, ("usia_maksimal", limit))),
            AgeRefusal.TooYoung => CheckOutcome.Refuse(scope.RenderText(
                FlowTexts.TooYoung, age, ("usia_minimal", limit), ("bisa_daftar_mulai", IndonesianFormat.Date(result.RegisterFrom!.Value)))),
            _ => CheckOutcome.Pass,
        };
    }

    private static CheckOutcome MatchesNik(TurnScope scope)
    {
        if (NikInput.InfoOf(scope) is not { } info
            || !DateOnly.TryParseExact(scope.Slot("tanggal_lahir"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var typed)
            || typed == info.BirthDate)
        {
            return CheckOutcome.Pass;
        }

        return CheckOutcome.Ask(
            DateMismatch,
            scope.RenderText(FlowTexts.DateMismatch, ("tanggal_diketik", IndonesianFormat.Date(typed))),
            [new ReplyChoice("tgl-nik", scope.RenderText(FlowTexts.DateMismatchKeepNik)), new ReplyChoice("nik-salah", scope.RenderText(FlowTexts.DateMismatchWrongNik))]);
    }
}

internal sealed record CheckOutcome(CheckKind Kind, string? Text = null, string? Pending = null, IReadOnlyList<ReplyChoice>? Choices = null)
{
    public static CheckOutcome Pass { get; } = new(CheckKind.Pass);

    public static CheckOutcome Refuse(string reason) => new(CheckKind.Refuse, reason);

    public static CheckOutcome Ask(string pending, string text, IReadOnlyList<ReplyChoice> choices) => new(CheckKind.Ask, text, pending, choices);
}

internal enum CheckKind
{
    Pass,
    Refuse,
    Ask,
}
