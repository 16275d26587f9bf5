namespace Jamsostek.Bot.Hosting;

public static class StartupMemoryTrimExtensions
{
    /// <summary>The serve host's collections after start-up (<see cref="StartupMemoryTrim"/>), unless Memory:TrimAfterStartup is false.</summary>
    public static IHostApplicationBuilder AddStartupMemoryTrim(this IHostApplicationBuilder builder)
    {
        // The setting is read when the host is built: a test host's settings arrive only then, not while services are added.
        builder.Services.AddHostedService(services => new StartupMemoryTrim(
            services.GetRequiredService<ILogger<StartupMemoryTrim>>(),
            services.GetRequiredService<IConfiguration>().GetValue(StartupMemoryTrim.Setting, defaultValue: true)));
        return builder;
    }
}
