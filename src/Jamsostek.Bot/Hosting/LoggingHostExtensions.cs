namespace Jamsostek.Bot.Hosting;

public static class LoggingHostExtensions
{
    /// <summary>Quiet defaults for the web host: no SQL text or per-request lines unless a setting asks for them.</summary>
    public static IHostApplicationBuilder AddBotLogging(this IHostApplicationBuilder builder)
    {
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        return builder;
    }
}
