using System.ComponentModel.DataAnnotations;

namespace Jamsostek.Bot.Shared;

/// <summary>
/// The local hours in which the bot may write to a worker unasked: the payment reminders and the sponsors' invitations
/// alike. The values are the settings Reminders:WindowStartHour and WindowEndHour (<c>RemindersOptions</c> is this
/// window plus the planner's own settings); here so that every room that writes unasked can read it.
/// </summary>
public class ReminderWindow
{
    /// <summary>First local hour a reminder may be queued (member's own zone).</summary>
    [Range(0, 23)]
    public int WindowStartHour { get; set; } = 8;

    /// <summary>Reminders are queued before this local hour (exclusive).</summary>
    [Range(1, 24)]
    public int WindowEndHour { get; set; } = 20;

    public bool InWindow(TimeSpan localTimeOfDay) =>
        localTimeOfDay >= TimeSpan.FromHours(WindowStartHour) && localTimeOfDay < TimeSpan.FromHours(WindowEndHour);
}
