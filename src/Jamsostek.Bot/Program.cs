using Jamsostek.Bot;
using Jamsostek.Bot.Agents;
using Jamsostek.Bot.Channels.Telegram;
using Jamsostek.Bot.Channels.Terminal;
using Jamsostek.Bot.Channels.WhatsApp;
using Jamsostek.Bot.Cli;
using Jamsostek.Bot.Conversations;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.Health;
using Jamsostek.Bot.Hosting;
using Jamsostek.Bot.Observability;
using Jamsostek.Bot.Officers;
using Jamsostek.Bot.Outbox;
using Jamsostek.Bot.Payments;
using Jamsostek.Bot.Privacy;
using Jamsostek.Bot.Reminders;
using Jamsostek.Bot.SignUps;

var (command, usageError) = CommandLine.Parse(args);
if (command is null)
{
    await Console.Error.WriteLineAsync(usageError);
    await Console.Error.WriteLineAsync(CommandLine.Usage);
    return CommandLine.UsageExitCode;
}

return command.Verb == Verb.Serve
    ? await ServeAsync(command)
    : await CliHost.RunAsync(command, TerminalIo.FromConsole());

static async Task<int> ServeAsync(ParsedCommand command)
{
    // --environment NAME (also what WebApplicationFactory passes) or ASPNETCORE_ENVIRONMENT; Production when neither.
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = command.Settings.GetValueOrDefault("environment") });
    builder.AddBotLogging();
    builder.AddCommandLineSettings(command);
    builder.WebHost.UseUrls(command.Urls ?? builder.Configuration["urls"] ?? "http://127.0.0.1:5080");
    builder.AddTransportSecurity();
    builder.AddBotDatabase();
    builder.AddConversations();
    builder.AddTurnPrivacy();
    builder.AddOutbox();
    builder.AddSignUps();
    builder.AddAgents();
    builder.AddTelegram();
    builder.AddWhatsApp();
    builder.AddOfficerConsole();
    builder.AddRetention();
    builder.AddPayments();
    builder.AddReminders();
    builder.AddHealth();
    builder.AddBotMetrics();
    builder.AddStartupMemoryTrim();

    await using var app = builder.Build();
    app.UseTransportSecurity();
    app.UseBotMetrics();
    app.MapHealth();
    app.MapTelegram();
    app.MapWhatsApp();
    app.MapOfficerConsole();
    app.MapReminders();
    app.MapPaymentsApi();

    if (await CliHost.StartAsync(app, Console.Error) is { } failed)
    {
        return failed;
    }

    await app.WaitForShutdownAsync();
    return 0;
}
