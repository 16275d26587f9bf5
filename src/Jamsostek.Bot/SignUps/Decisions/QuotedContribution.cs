using Jamsostek.Bot.SignUps.Sponsors;
using Jamsostek.Bpu;
using Jamsostek.Dialogs.Engine;
using Jamsostek.Dialogs.Text;

namespace Jamsostek.Bot.SignUps.Decisions;

/// <summary>
/// What the chat told the worker about paying, recomputed from the tariff by the chat's rule (the contribution
/// month of the latest submission, a year ahead so a relief that ends is told) in the chat's own words
/// (<see cref="ContributionWording"/>): the officer decides on the same figures the worker read.
/// </summary>
public static class QuotedContribution
{
    private const int RateHorizon = 12;

    /// <param name="sponsor">The programme that pays; the programmes it does not pay (a JHT added) are the worker's, told apart.</param>
    public static string Describe(Tariff tariff, HolidayCalendar holidays, SignUp s, Sponsor? sponsor)
    {
        ArgumentNullException.ThrowIfNull(tariff);
        ArgumentNullException.ThrowIfNull(s);
        var quotedAt = s.Status == SignUpStatus.Pending ? s.UpdatedAt : s.CreatedAt;
        var first = WorkerCalendar.ContributionMonth(quotedAt, holidays);
        var programs = SignUpPrograms.Parse(s.Programs);
        var period = Math.Max(1, s.PaymentPeriodMonths);
        if (sponsor is not null && MemberFromSignUp.OwnPrograms(s, sponsor) is { Count: > 0 } own)
        {
            var ownMonths = tariff.MonthByMonth(s.MonthlyIncome, own, first, Math.Max(period, RateHorizon), s.Occupation, sponsored: false);
            return $"{sponsor.Programs.Replace(",", " + ", StringComparison.Ordinal)} dibayar oleh {sponsor.Name}; "
                + $"{string.Join(" + ", own.Select(p => p.ToString().ToUpperInvariant()))} dibayar peserta sendiri: {ContributionWording.Breakdown(ownMonths, period, sponsor: null)}";
        }

        var months = tariff.MonthByMonth(s.MonthlyIncome, programs, first, Math.Max(period, RateHorizon), s.Occupation, sponsored: sponsor is not null);
        return ContributionWording.Breakdown(months, period, sponsor?.Name);
    }
}
