using Jamsostek.Bot.Outbox;
using Jamsostek.Bpu;
using Jamsostek.Dialogs.Text;

namespace Jamsostek.Bot.Reminders;

/// <summary>
/// A reminder's template values (README: pengingat_iuran): name, KPJ, month(s), amount and due date, as the text quotes
/// them, so that a channel that may not send the text (WhatsApp outside its 24-hour window) sends the template instead.
/// </summary>
internal static class ReminderNotice
{
    public static OutboxMessage Tag(OutboxMessage row, string name, string kpj, DueReminder due)
    {
        var months = due.Months > 1
            ? $"{IndonesianFormat.Month(due.ContributionMonth)} sampai {IndonesianFormat.Month(due.ContributionMonth.AddMonths(due.Months - 1))}"
            : IndonesianFormat.Month(due.ContributionMonth);
        return OutboxNotice.Tag(row, OutboxNotice.Reminder,
            ("nama", name), ("kpj", kpj), ("bulan", months), ("iuran", IndonesianFormat.Money(due.Amount)), ("jatuh_tempo", IndonesianFormat.Date(due.DueDate)));
    }
}
