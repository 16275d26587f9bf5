using System.ComponentModel.DataAnnotations;
using Jamsostek.Bot.Shared;

namespace Jamsostek.Bot.Reminders;

/// <summary>Settings under "Reminders": the daytime window (<see cref="ReminderWindow"/>) and the planner's own.</summary>
public sealed class RemindersOptions : ReminderWindow
{
    public const string Section = "Reminders";

    /// <summary>How often the planning job runs.</summary>
    [Range(1, 59)]
    public int PlanEveryMinutes { get; set; } = 15;

    /// <summary>Members read per query and reminders written per save.</summary>
    [Range(10, 100_000)]
    public int BatchSize { get; set; } = 5000;

    /// <summary>How long "sudah bayar" pauses that month's reminders when no officer confirms it.</summary>
    [Range(1, 60)]
    public int ClaimPauseDays { get; set; } = 7;
}
