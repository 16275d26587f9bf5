namespace Jamsostek.Bot.Privacy;

public static class RetentionHostExtensions
{
    /// <summary>Retention settings, the job, and (for now) its daily schedule in the serve host.</summary>
    public static IHostApplicationBuilder AddRetention(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section)
            .Validate(o => o.IsValid(), "Retention: every period, BatchSize and RunEveryHours must be above 0")
            .ValidateOnStart();
        builder.Services.AddSingleton<RetentionJob>();
        builder.Services.AddHostedService<RetentionService>();
        return builder;
    }
}
