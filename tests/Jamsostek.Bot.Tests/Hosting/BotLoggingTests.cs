using Jamsostek.Bot.Hosting;
using Jamsostek.Bot.Tests.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Jamsostek.Bot.Tests.Hosting;

/// <summary>Issue 9.1: quiet shipped levels, and the categories that print URLs or handler arguments stay quiet whatever the settings.</summary>
public sealed class BotLoggingTests
{
    [Fact]
    public async Task ShippedSettings_KeepHttpClientAspNetCoreAndEfCoreAtWarning()
    {
        await using var app = Build(new Dictionary<string, string?>());
        var loggers = app.Services.GetRequiredService<ILoggerFactory>();

        foreach (var category in new[] { "System.Net.Http.HttpClient.TelegramBotClient.LogicalHandler", "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.EntityFrameworkCore.Database.Command" })
        {
            Assert.False(loggers.CreateLogger(category).IsEnabled(LogLevel.Information), category);
        }

        Assert.True(loggers.CreateLogger("Jamsostek.Bot.Conversations.TurnProcessor").IsEnabled(LogLevel.Information));
    }

    [Fact]
    public async Task UrlAndHandlerArgumentLines_StayOff_EvenWhenSettingsAskForTrace()
    {
        await using var app = Build(new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Trace",
            ["Logging:LogLevel:Microsoft"] = "Trace",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
            ["Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Trace",
        });
        var loggers = app.Services.GetRequiredService<ILoggerFactory>();

        foreach (var category in LoggingHostExtensions.SensitiveCategories)
        {
            Assert.False(loggers.CreateLogger(category).IsEnabled(LogLevel.Information), category);
        }

        Assert.True(loggers.CreateLogger("Microsoft.AspNetCore.Authentication").IsEnabled(LogLevel.Trace));
    }

    [Theory]
    [InlineData("Logging:Jamsostek.Bot.Tests.TestSupport.ListLoggerProvider:LogLevel:Default")]
    [InlineData("Logging:Jamsostek.Bot.Tests.TestSupport.ListLoggerProvider:LogLevel:Microsoft.AspNetCore")]
    [InlineData("Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics*")]
    [InlineData("Logging:LogLevel:Microsoft.AspNetCore.*Diagnostics")]
    public async Task UrlAndHandlerArgumentLines_StayOff_WhenAProviderOrAWildcardAsksForTrace(string setting)
    {
        // Found in review: `--Logging:Console:LogLevel:Default Trace` printed "Request starting ... /petugas?cari=<NIK>".
        await using var app = Build(new Dictionary<string, string?> { [setting] = "Trace" });
        var loggers = app.Services.GetRequiredService<ILoggerFactory>();

        foreach (var category in LoggingHostExtensions.SensitiveCategories)
        {
            Assert.False(loggers.CreateLogger(category).IsEnabled(LogLevel.Information), category);
        }
    }

    private static readonly string EmptyFolder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "jamsostek-tests", "empty-content-root")).FullName;

    private static WebApplication Build(Dictionary<string, string?> settings)
    {
        // A working directory without appsettings.json, as with `dotnet run --project src/Jamsostek.Bot` from the
        // repository root: the levels come from the file shipped next to the binary.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = EmptyFolder });
        builder.AddBotLogging();
        foreach (var (key, value) in settings)
        {
            builder.Configuration[key] = value;
        }

        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(new ListLoggerProvider());
        return builder.Build();
    }
}
