using System.ComponentModel.DataAnnotations;

namespace Jamsostek.Bot.Reminders;

/// <summary>Settings under "Reminders".</summary>
public sealed class RemindersOptions
{
    public const string Section = "Reminders";

    /// <summary>First local hour a reminder may be queued (member's own zone).</summary>
    [Range(0, 23)]
    public int WindowStartHour { get; set; } = 8;

    /// <summary>Reminders are queued before this local hour (exclusive).</summary>
    [Range(1, 24)]
    public int WindowEndHour { get; set; } = 20;

    /// <summary>How often the planning job runs.</summary>
    [Range(1, 59)]
    public int PlanEveryMinutes { get; set; } = 15;

    /// <summary>Members read per query and reminders written per save.</summary>
    [Range(10, 100_000)]
    public int BatchSize { get; set; } = 5000;

    /// <summary>How long "sudah bayar" pauses that month's reminders when no officer confirms it.</summary>
    [Range(1, 60)]
    public int ClaimPauseDays { get; set; } = 7;

    public bool InWindow(TimeSpan localTimeOfDay) =>
        localTimeOfDay >= TimeSpan.FromHours(WindowStartHour) && localTimeOfDay < TimeSpan.FromHours(WindowEndHour);
}
