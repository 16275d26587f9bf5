using Hangfire;
using Jamsostek.Bot.Conversations;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Jamsostek.Bot.Reminders;

public static class RemindersServiceCollectionExtensions
{
    /// <summary>The planner, its texts and settings: what the CLI needs (no scheduler).</summary>
    public static IHostApplicationBuilder AddReminderPlanning(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RemindersOptions>().BindConfiguration(RemindersOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.WindowStartHour < o.WindowEndHour, "Reminders: WindowStartHour must be before WindowEndHour")
            .ValidateOnStart();
        builder.Services.TryAddSingleton(s => ReminderTexts.Load(s.GetRequiredService<IOptions<DialogsOptions>>().Value.ResolvePath()));
        builder.Services.TryAddSingleton<ReminderPlanner>();
        builder.Services.TryAddTransient<ReminderPlanningJob>();
        return builder;
    }

    /// <summary>
    /// The planner and, unless Jobs:Enabled is false, Hangfire: in-memory storage (the database is SQLite; the
    /// PostgreSQL issue adds Hangfire.PostgreSql), a server, and the recurring planning job registered at start.
    /// </summary>
    public static WebApplicationBuilder AddReminders(this WebApplicationBuilder builder)
    {
        builder.AddReminderPlanning();
        builder.Services.AddOptions<JobsOptions>().BindConfiguration(JobsOptions.Section);
        var jobs = builder.Configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();
        if (!jobs.Enabled)
        {
            return builder;
        }

        builder.Services.AddHangfire(config => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseInMemoryStorage());
        builder.Services.AddHangfireServer(o => o.WorkerCount = Math.Max(1, jobs.WorkerCount));
        builder.Services.AddHostedService<RecurringJobsRegistrar>();
        return builder;
    }

    /// <summary>The Hangfire dashboard at /hangfire for signed-in admins (after the officer console's authentication).</summary>
    public static WebApplication MapReminders(this WebApplication app)
    {
        if (app.Services.GetService<JobStorage>() is not null)
        {
            app.MapHangfireDashboard("/hangfire", new DashboardOptions { Authorization = [new AdminDashboardFilter()], AppPath = "/petugas" });
        }

        return app;
    }
}
