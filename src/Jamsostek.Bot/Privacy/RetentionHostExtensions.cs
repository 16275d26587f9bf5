namespace Jamsostek.Bot.Privacy;

public static class RetentionHostExtensions
{
    /// <summary>Retention settings and the job; its schedule is a Hangfire recurring job (Reminders/RecurringJobsRegistrar).</summary>
    public static IHostApplicationBuilder AddRetention(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section)
            .Validate(o => o.IsValid(), "Retention: every period and BatchSize must be above 0, RunEveryHours a divisor of 24 (or 24)")
            .ValidateOnStart();
        builder.Services.AddSingleton<RetentionJob>();
        return builder;
    }
}
