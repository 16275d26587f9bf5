using Microsoft.Extensions.Configuration.Json;

namespace Jamsostek.Bot.Hosting;

public static class LoggingHostExtensions
{
    public const string SettingsFile = "appsettings.json";

    /// <summary>
    /// Quiet defaults for the web host (no SQL text, per-request or per-HTTP-call lines): the appsettings.json shipped
    /// next to the binary is read first, so <c>dotnet run --project src/Jamsostek.Bot</c> (working directory = the
    /// repository root) gets it too; an appsettings.json in the working directory, environment variables and
    /// --Section:Key settings override it. The bot token cannot reach a log at any level (see BotApiLoggingHandler).
    /// </summary>
    public static IHostApplicationBuilder AddBotLogging(this IHostApplicationBuilder builder)
    {
        var shipped = Path.Combine(AppContext.BaseDirectory, SettingsFile);
        var local = Path.Combine(builder.Environment.ContentRootPath, SettingsFile);
        if (File.Exists(shipped) && !string.Equals(Path.GetFullPath(shipped), Path.GetFullPath(local), StringComparison.Ordinal))
        {
            var source = new JsonConfigurationSource { Path = shipped, Optional = true, ReloadOnChange = false };
            source.ResolveFileProvider(); // an absolute path outside the content root
            builder.Configuration.Sources.Insert(0, source);
        }

        return builder;
    }
}
