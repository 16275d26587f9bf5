using Hangfire;
using Jamsostek.Bot.Shared;
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
        builder.Services.TryAddSingleton<IOptions<ReminderWindow>>(s => s.GetRequiredService<IOptions<RemindersOptions>>()); // the sponsors' invitations keep the same hours
        builder.Services.TryAddSingleton(s => ReminderTexts.Load(s.GetRequiredService<IOptions<DialogsOptions>>().Value.ResolvePath()));
        builder.Services.TryAddSingleton<ReminderPlanner>();
        builder.Services.TryAddTransient<ReminderPlanningJob>();
        return builder;
    }

    /// <summary>
    /// The planner and Hangfire, started unless Jobs:Enabled is false: on SQLite in-memory storage (the ledger in the
    /// database is the truth; a restart re-registers the job), on PostgreSQL Hangfire.PostgreSql in the same database
    /// (schema "hangfire"), so the replicas share one recurring job and its queue; a server, and the recurring planning
    /// job registered at start.
    /// </summary>
    public static WebApplicationBuilder AddReminders(this WebApplicationBuilder builder)
    {
        builder.AddReminderPlanning();
        builder.Services.AddOptions<JobsOptions>().BindConfiguration(JobsOptions.Section);
        builder.Services.AddHangfire((services, config) => HangfireStorage.Use(config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings(), services.GetRequiredService<IOptions<Data.DatabaseOptions>>().Value));
        var before = builder.Services.Count;
        builder.Services.AddHangfireServer((services, o) =>
        {
            o.WorkerCount = Math.Max(1, services.GetRequiredService<IOptions<JobsOptions>>().Value.WorkerCount);
            o.ServerName = JobServerName.Value; // readiness (/readyz) looks for this process's own server
        });
        var servers = builder.Services.Skip(before).Where(d => d.ServiceType == typeof(IHostedService)).ToList();
        foreach (var server in servers)
        {
            builder.Services.Remove(server);
            builder.Services.AddSingleton<IHostedService>(s => new WhenJobsEnabled(s, s.GetRequiredService<IOptions<JobsOptions>>(), Create(server)));
        }

        builder.Services.AddSingleton<IHostedService>(s => new WhenJobsEnabled(s, s.GetRequiredService<IOptions<JobsOptions>>(), x => ActivatorUtilities.CreateInstance<RecurringJobsRegistrar>(x)));
        return builder;
    }

    private static Func<IServiceProvider, IHostedService> Create(ServiceDescriptor descriptor) =>
        descriptor.ImplementationFactory is { } factory
            ? s => (IHostedService)factory(s)
            : s => (IHostedService)ActivatorUtilities.CreateInstance(s, descriptor.ImplementationType!);

    /// <summary>The Hangfire dashboard at /hangfire for signed-in admins (after the officer console's authentication).</summary>
    public static WebApplication MapReminders(this WebApplication app)
    {
        if (app.Configuration.GetSection(JobsOptions.Section).Get<JobsOptions>()?.Enabled ?? true)
        {
            app.MapHangfireDashboard("/hangfire", new DashboardOptions { Authorization = [new AdminDashboardFilter()], AppPath = "/petugas" });
        }

        return app;
    }
}
