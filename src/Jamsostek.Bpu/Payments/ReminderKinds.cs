namespace Jamsostek.Bpu;

/// <summary>
/// The reminder kinds, as the ids of dialogs/pengingat texts. The due-date ladder (h-7 … h+1) is about the
/// oldest unpaid month; the arrears kinds come a week before the next due date, when the overdue months
/// can still be paid together with it, and the last one a week before the due date whose passing ends
/// the membership (more than 3 consecutive unpaid months).
/// </summary>
public static class ReminderKinds
{
    public const string SevenDaysBefore = "h-7";
    public const string ThreeDaysBefore = "h-3";
    public const string DayBefore = "h-1";
    public const string DueDay = "h";
    public const string DayAfter = "h+1";
    public const string OneMonthInArrears = "tunggakan-1";
    public const string TwoMonthsInArrears = "tunggakan-2";
    public const string FinalWarning = "peringatan-akhir";

    public static IReadOnlyList<string> All { get; } =
        [SevenDaysBefore, ThreeDaysBefore, DayBefore, DueDay, DayAfter, OneMonthInArrears, TwoMonthsInArrears, FinalWarning];

    /// <summary>Days before the next due date on which the arrears kinds are sent.</summary>
    public const int ArrearsLeadDays = 7;
}
