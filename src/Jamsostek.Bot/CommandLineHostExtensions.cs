using Jamsostek.Bot.Cli;
using Jamsostek.Bot.Data;

namespace Jamsostek.Bot;

/// <summary>
/// The parsed command line as settings and clock, beside Program.cs and CliHost: it names Data/'s setting, so it
/// sits above the rooms rather than in Cli/, which the rooms' verbs use.
/// </summary>
public static class CommandLineHostExtensions
{
    /// <summary>--db, --Section:Key settings and --now (the clock) of any verb.</summary>
    public static IHostApplicationBuilder AddCommandLineSettings(this IHostApplicationBuilder builder, ParsedCommand command)
    {
        var settings = new Dictionary<string, string?>(command.Settings, StringComparer.OrdinalIgnoreCase);
        if (command.DbPath is not null)
        {
            settings[$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.Path)}"] = command.DbPath;
        }

        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton<TimeProvider>(command.Now is { } now ? new PinnedTimeProvider(now) : TimeProvider.System);
        return builder;
    }
}
