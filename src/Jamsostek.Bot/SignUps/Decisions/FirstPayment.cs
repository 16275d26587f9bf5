using Jamsostek.Bpu;

namespace Jamsostek.Bot.SignUps.Decisions;

/// <summary>
/// The first payment after approval, from the tariff in force for the months it covers (not the amount
/// quoted at sign-up, which may have been for a month with a relief that has since ended).
/// </summary>
/// <param name="Month">The first contribution month (first day).</param>
/// <param name="Due">Its due date (the 15th of that month, or the next working day).</param>
/// <param name="Quote">The contribution of the first month.</param>
/// <param name="PeriodMonths">How many months the worker chose to pay at once (1, 3, 6 or 12).</param>
/// <param name="PeriodTotal">The sum of each of those months at its own rate (a relief may end inside the period).</param>
public sealed record FirstPayment(DateOnly Month, DateOnly Due, ContributionQuote Quote, int PeriodMonths, decimal PeriodTotal)
{
    /// <param name="programs">What the worker pays: by default every programme of the sign-up; a sponsored worker's own (JHT).</param>
    public static FirstPayment For(Tariff tariff, HolidayCalendar calendar, SignUp signUp, DateOnly approvedOnLocal, bool sponsored, IReadOnlyList<BpuProgram>? programs = null)
    {
        ArgumentNullException.ThrowIfNull(tariff);
        ArgumentNullException.ThrowIfNull(signUp);
        programs ??= SignUpPrograms.Parse(signUp.Programs);
        var month = DueDates.FirstMonthDueOnOrAfter(approvedOnLocal, calendar);
        var months = Math.Max(1, signUp.PaymentPeriodMonths);
        var quote = tariff.Quote(signUp.MonthlyIncome, programs, month, signUp.Occupation, sponsored);
        var total = Enumerable.Range(0, months)
            .Sum(i => tariff.Quote(signUp.MonthlyIncome, programs, month.AddMonths(i), signUp.Occupation, sponsored).Total);
        return new FirstPayment(month, DueDates.DueDateOf(month, calendar), quote, months, total);
    }

    /// <summary>The first day of the last month the payment covers.</summary>
    public DateOnly LastMonth => Month.AddMonths(PeriodMonths - 1);
}
