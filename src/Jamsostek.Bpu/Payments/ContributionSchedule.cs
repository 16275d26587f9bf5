namespace Jamsostek.Bpu;

/// <summary>
/// When a self-paying member owes what: due dates (15th, next working day), amounts (the tariff of each
/// month, reliefs by month and sector), arrears, the lapse rule and which reminder falls on which local day.
/// Pure: the caller supplies the member's local day.
/// </summary>
public sealed class ContributionSchedule(Tariff tariff, HolidayCalendar calendar)
{
    // A planning pass prices hundreds of thousands of reminders from a few hundred distinct cases.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(int Bracket, string Programs, bool Transport, DateOnly Month), decimal> _monthAmounts = new();

    /// <summary>More than this many consecutive unpaid months end the membership.</summary>
    public const int LapseAfterMonths = 3;

    public HolidayCalendar Calendar => calendar;

    public DateOnly DueDateOf(DateOnly month) => DueDates.DueDateOf(month, calendar);

    /// <summary>The sum of <paramref name="months"/> months from <paramref name="from"/>, each at its own rate.</summary>
    public decimal AmountFor(MemberTerms terms, DateOnly from, int months)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var bracket = tariff.BracketFor(terms.MonthlyIncome).Number;
        var programs = string.Join(',', terms.Programs.Distinct().Order());
        var transport = terms.Occupation is not null && tariff.IsTransportOccupation(terms.Occupation);
        var total = 0m;
        for (var i = 0; i < months; i++)
        {
            var month = from.AddMonths(i);
            total += _monthAmounts.GetOrAdd((bracket, programs, transport, new DateOnly(month.Year, month.Month, 1)),
                _ => tariff.Quote(terms.MonthlyIncome, terms.Programs, month, terms.Occupation, sponsored: false).Total);
        }

        return total;
    }

    /// <summary>Unpaid months whose due date has passed on <paramref name="today"/>, counted from the oldest unpaid one.</summary>
    public int MonthsInArrears(MemberTerms terms, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var count = 0;
        for (var month = terms.NextUnpaidMonth; DueDateOf(month) < today; month = month.AddMonths(1))
        {
            count++;
            if (count > LapseAfterMonths)
            {
                break; // lapsed: how far beyond does not change anything
            }
        }

        return count;
    }

    public bool IsLapsed(MemberTerms terms, DateOnly today) => MonthsInArrears(terms, today) > LapseAfterMonths;

    /// <summary>The next payment: the oldest unpaid month, its due date and the amount of one period from it.</summary>
    public DueReminder NextPayment(MemberTerms terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var month = terms.NextUnpaidMonth;
        var period = Math.Max(1, terms.PeriodMonths);
        return new DueReminder(ReminderKinds.DueDay, month, DueDateOf(month), period, AmountFor(terms, month, period));
    }

    /// <summary>The reminders whose day is <paramref name="today"/> (local to the member); none once lapsed.</summary>
    public IEnumerable<DueReminder> RemindersOn(MemberTerms terms, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var month = terms.NextUnpaidMonth;
        var due = DueDateOf(month);
        if (today < due.AddDays(-7))
        {
            yield break; // the common case: nothing yet this month
        }

        var kind = (today.DayNumber - due.DayNumber) switch
        {
            -7 => ReminderKinds.SevenDaysBefore,
            -3 => ReminderKinds.ThreeDaysBefore,
            -1 => ReminderKinds.DayBefore,
            0 => ReminderKinds.DueDay,
            1 => ReminderKinds.DayAfter,
            _ => null,
        };
        if (kind is not null)
        {
            var period = Math.Max(1, terms.PeriodMonths);
            yield return new DueReminder(kind, month, due, period, AmountFor(terms, month, period));
            yield break;
        }

        // Arrears: n months overdue, a week before the due date of month n (which, if missed too, adds one more).
        for (var n = 1; n <= LapseAfterMonths; n++)
        {
            var next = DueDateOf(month.AddMonths(n));
            if (today == next.AddDays(-ReminderKinds.ArrearsLeadDays))
            {
                var arrearsKind = n switch
                {
                    1 => ReminderKinds.OneMonthInArrears,
                    2 => ReminderKinds.TwoMonthsInArrears,
                    _ => ReminderKinds.FinalWarning,
                };
                yield return new DueReminder(arrearsKind, month, next, n + 1, AmountFor(terms, month, n + 1));
                yield break;
            }
        }
    }
}
