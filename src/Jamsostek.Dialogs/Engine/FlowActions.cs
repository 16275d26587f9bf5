using System.Globalization;

namespace Jamsostek.Dialogs.Engine;

/// <summary>Actions a flow can name: they end in effects for the host, or answer from the host's lookups.</summary>
internal static class FlowActions
{
    public const string SubmitSignUp = "submit-signup";
    public const string SignUpStatusAction = "signup-status";
    public const string AskMode = "ask-mode";

    public static IReadOnlySet<string> Names { get; } = new HashSet<string>([SubmitSignUp, SignUpStatusAction, AskMode], StringComparer.Ordinal);

    /// <summary>Runs the action; returns false when the flow must not go on to its next step.</summary>
    public static bool Run(string name, TurnScope scope)
    {
        switch (name)
        {
            case SubmitSignUp:
                return Submit(scope);
            case SignUpStatusAction:
                // The menu's "Cek status" says what a question would: the words come from Answers/ through the teller.
                var status = scope.Services.StatusTeller.Tell(scope.Context.Lookups.FindSignUpsOfChat(), scope.Context.Lookups);
                scope.Say(status.Text, status.Choices);
                scope.EndFlow();
                return false;
            default:
                scope.Say("Silakan ketik pertanyaan Anda tentang BPJS Ketenagakerjaan, misalnya:\n\"Berapa iurannya sebulan?\" atau \"Kalau kecelakaan kerja dapat apa?\"");
                scope.EndFlow();
                return false;
        }
    }

    private static bool Submit(TurnScope scope)
    {
        if (scope.Slot("nik") is { } nik && scope.Context.Lookups.FindActiveSignUp(nik) is { } existing)
        {
            scope.Say(StepChecks.AlreadyRegistered(scope, existing));
            scope.EndFlow();
            return false;
        }

        var answers = scope.State.Slots.ToDictionary(StringComparer.Ordinal);
        if (ContributionQuotes.For(scope, ContributionQuotes.Chosen(scope)) is { } quote)
        {
            answers["dasar_penghasilan"] = quote.Bracket.Base.ToString(CultureInfo.InvariantCulture);
            answers["iuran_bulanan"] = quote.Total.ToString(CultureInfo.InvariantCulture);
        }

        scope.Effects.Add(new SubmitSignUpEffect(scope.Context.NewReference, answers, scope.State.Source, RegistrationFor.IsSomeoneElse(scope.State)));
        scope.SetSlot("referensi", scope.Context.NewReference);
        return true;
    }
}
