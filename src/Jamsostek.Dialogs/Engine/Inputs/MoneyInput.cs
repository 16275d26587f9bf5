using System.Globalization;
using Jamsostek.Dialogs.Flows;
using Jamsostek.Dialogs.Parsing;
using Jamsostek.Dialogs.Text;

namespace Jamsostek.Dialogs.Engine.Inputs;

/// <summary>
/// A monthly income typed the way people type it ("2,5 jt", "750rb"); stored as a whole number of rupiah a
/// month. What could be stored wrong is asked back first: a day's or a week's pay is turned into a month
/// and shown with how, and an amount too small for a month's income is offered back with its likely meaning.
/// </summary>
internal sealed class MoneyInput : IInputType
{
    /// <summary>Working days in a month for a daily wage: stated to the worker with the result.</summary>
    public const int WorkingDaysPerMonth = 25;

    /// <summary>Weeks counted in a month for a weekly wage (the lower, safe count).</summary>
    public const int WeeksPerMonth = 4;

    /// <summary>Below this, a monthly income is asked back before it is stored.</summary>
    public const decimal PlausibleMonthlyFrom = 300_000m;

    /// <summary>The sub-question's prefix in the state: "uang:{amount}|{other reading}".</summary>
    public const string ConfirmPrefix = "uang:";

    public const string Yes = "uang-ya";
    public const string Other = "uang-lain";

    public string Name => "money";

    public InputReading Read(StepDefinition step, InboundInput input, TurnScope scope)
    {
        var text = InputTypes.TextOf(input) ?? string.Empty;
        var parsed = IncomeParser.Parse(text);
        if (!parsed.Ok)
        {
            return IncomeParser.SaysIrregular(text)
                ? InputReading.FollowUp(scope.RenderText(FlowTexts.IncomeIrregular))
                : InputReading.Refuse(parsed.Problem ?? "Jumlah uang tidak terbaca.");
        }

        var reading = parsed.Value!;
        var typed = ("penghasilan_diketik", IndonesianFormat.Money(reading.Amount));
        if (reading.Per != IncomePeriod.Month)
        {
            var monthly = reading.Amount * (reading.Per == IncomePeriod.Day ? WorkingDaysPerMonth : WeeksPerMonth);
            var key = reading.Per == IncomePeriod.Day ? FlowTexts.IncomePerDay : FlowTexts.IncomePerWeek;
            var question = scope.RenderText(key, typed, ("penghasilan_sebulan", IndonesianFormat.Money(monthly)),
                ("hari_kerja", WorkingDaysPerMonth.ToString(CultureInfo.InvariantCulture)),
                ("minggu_sebulan", WeeksPerMonth.ToString(CultureInfo.InvariantCulture)));
            return Confirm(scope, question, monthly, other: null);
        }

        if (reading.Amount < PlausibleMonthlyFrom)
        {
            // "1500" typed bare is most likely 1,5 juta; "50rb" is said on purpose, so only "type again" is offered.
            decimal? other = reading.Bare && reading.Amount < 10_000m ? reading.Amount * 1_000m : null;
            return Confirm(scope, scope.RenderText(FlowTexts.IncomeSmall, typed), reading.Amount, other);
        }

        return InputReading.Accept(Stored(reading.Amount));
    }

    public string Display(string value, StepDefinition step, TurnScope scope) =>
        decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount)
            ? IndonesianFormat.Money(amount) + "/bulan"
            : value;

    /// <summary>The amounts a pending confirmation offers: what "ya" stores, and the other reading if any.</summary>
    public static (string Yes, string? Other) Offered(string pending)
    {
        var parts = pending[ConfirmPrefix.Length..].Split('|');
        return (parts[0], parts.Length > 1 && parts[1].Length > 0 ? parts[1] : null);
    }

    private static InputReading Confirm(TurnScope scope, string question, decimal amount, decimal? other)
    {
        var choices = new List<ReplyChoice> { new(Yes, scope.RenderText(FlowTexts.IncomeYes)) };
        choices.Add(other is { } o
            ? new ReplyChoice(Other, scope.RenderText(FlowTexts.IncomeMeant, ("penghasilan_lain", IndonesianFormat.Money(o))))
            : new ReplyChoice(Other, scope.RenderText(FlowTexts.IncomeRetype)));
        return InputReading.Confirm(question, ConfirmPrefix + Stored(amount) + "|" + (other is { } x ? Stored(x) : string.Empty), choices);
    }

    private static string Stored(decimal amount) => decimal.Round(amount).ToString(CultureInfo.InvariantCulture);
}
