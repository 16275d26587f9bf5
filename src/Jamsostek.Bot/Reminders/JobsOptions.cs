namespace Jamsostek.Bot.Reminders;

/// <summary>Settings under "Jobs": the Hangfire scheduler of the web host.</summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>
    /// Off: no Hangfire in this host (test hosts: AddHangfire sets process-wide statics, so several hosts in one
    /// process would share them; tests call the job classes directly).
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Hangfire workers; the planning job needs one, a second keeps the dashboard's manual triggers responsive.</summary>
    public int WorkerCount { get; set; } = 2;
}
