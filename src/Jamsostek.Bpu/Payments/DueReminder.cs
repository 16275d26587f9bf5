namespace Jamsostek.Bpu;

/// <summary>A reminder a member should get on a local day.</summary>
/// <param name="Kind">One of <see cref="ReminderKinds"/>.</param>
/// <param name="ContributionMonth">The oldest unpaid month the reminder is about (first day).</param>
/// <param name="DueDate">The due date the reminder points to (of that month, or for arrears the next due date to pay by).</param>
/// <param name="Months">How many months the amount covers (the period for the ladder; the overdue months plus the next for arrears).</param>
/// <param name="Amount">Each of those months at its own rate, whole rupiah.</param>
public sealed record DueReminder(string Kind, DateOnly ContributionMonth, DateOnly DueDate, int Months, decimal Amount);
