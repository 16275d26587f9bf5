using Microsoft.Extensions.Configuration.Json;

namespace Jamsostek.Bot.Hosting;

public static class LoggingHostExtensions
{
    public const string SettingsFile = "appsettings.json";

    /// <summary>Framework categories kept at Warning even when the settings ask for more (see <see cref="AddBotLogging"/>).</summary>
    public static readonly string[] SensitiveCategories =
    [
        "Microsoft.AspNetCore.Hosting.Diagnostics",
        "Microsoft.AspNetCore.Mvc.Infrastructure",
        "Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure",
        "Microsoft.AspNetCore.Routing",
    ];

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

        // Whatever Logging:LogLevel says: per-request lines print the URL with its query (a NIK typed in the queue's
        // search) and page handlers' arguments at Debug/Trace (a new officer's password on the accounts page).
        foreach (var category in SensitiveCategories)
        {
            builder.Logging.AddFilter(category, LogLevel.Warning);
        }

        // A provider's own levels (Logging:Console:LogLevel:Default=Trace) beat any rule without a provider, and a
        // longer wildcard category beats a shorter one: after every setting is read, each provider named in the
        // rules gets its own Warning rule for these categories, and longer rules that would still match are dropped.
        builder.Services.PostConfigure<LoggerFilterOptions>(KeepSensitiveCategoriesQuiet);
        return builder;
    }

    internal static void KeepSensitiveCategoriesQuiet(LoggerFilterOptions options)
    {
        var providers = options.Rules.Select(r => r.ProviderName).Append(null).Distinct(StringComparer.Ordinal).ToList();
        foreach (var category in SensitiveCategories)
        {
            var longer = options.Rules.Where(r => r.CategoryName is { } name && name.Length > category.Length && Matches(name, category)).ToList();
            foreach (var rule in longer)
            {
                options.Rules.Remove(rule);
            }

            foreach (var provider in providers)
            {
                options.Rules.Add(new LoggerFilterRule(provider, category, LogLevel.Warning, filter: null));
            }
        }
    }

    /// <summary>As the logger factory matches a rule's category: a prefix, or one '*' between a prefix and a suffix.</summary>
    private static bool Matches(string rule, string category)
    {
        var star = rule.IndexOf('*', StringComparison.Ordinal);
        var (prefix, suffix) = star < 0 ? (rule, string.Empty) : (rule[..star], rule[(star + 1)..]);
        return category.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && category.EndsWith(suffix, StringComparison.OrdinalIgnoreCase);
    }
}
