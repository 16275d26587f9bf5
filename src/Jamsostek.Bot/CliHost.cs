using Jamsostek.Bot.Agents;
using Jamsostek.Bot.Channels.Terminal;
using Jamsostek.Bot.Cli;
using Jamsostek.Bot.Conversations;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.Hosting;
using Jamsostek.Bot.Members;
using Jamsostek.Bot.Officers;
using Jamsostek.Bot.Outbox;
using Jamsostek.Bot.Privacy;
using Jamsostek.Bot.Payments;
using Jamsostek.Bot.Reminders;
using Jamsostek.Bot.SignUps;
using Jamsostek.Bot.SignUps.Sponsors;
using Microsoft.Extensions.Options;

namespace Jamsostek.Bot;

/// <summary>
/// Runs a non-web verb in a generic host: same services as serve, logs on stderr (warnings and up). The CLI's
/// composition root, beside Program.cs: it names every room's verb, so it sits above the rooms rather than in
/// Cli/, which keeps only the plumbing the verbs share (parsing, settings, console streams).
/// </summary>
public static class CliHost
{
    /// <param name="configureServices">Tests replace services here (engine, clock, reference generator).</param>
    public static async Task<int> RunAsync(ParsedCommand command, TerminalIo io, Action<IServiceCollection>? configureServices = null, CancellationToken cancellationToken = default)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = Directory.GetCurrentDirectory() });
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        builder.AddCommandLineSettings(command);
        builder.AddBotDatabase();
        builder.AddConversations();
        builder.AddTurnPrivacy();
        builder.AddOutbox(background: false);
        builder.AddSignUps();
        builder.AddTerminalChannel(io, command.Json);
        builder.Services.AddTransient<SignUpsListCommand>();
        builder.Services.AddTransient<DbMigrateCommand>();
        builder.Services.AddTransient<AskCommand>();
        builder.Services.AddOfficerAccounts();
        builder.Services.AddTransient<OfficersCommand>();
        builder.Services.AddTransient<SignUpDecisionCommand>();
        builder.Services.AddTransient<SponsorsCommand>();
        builder.Services.AddTransient<SponsorsImportCommand>();
        builder.AddReminderPlanning();
        builder.AddPayments();
        builder.Services.AddTransient<RemindersCommand>();
        builder.Services.AddTransient<MembersListCommand>();
        builder.Services.AddTransient<PaymentsImportCommand>();
        builder.Services.AddTransient<KeysRotateCommand>();
        builder.AddAgents();
        builder.Services.AddTransient<AgentsCommand>();
        configureServices?.Invoke(builder.Services);

        using var host = builder.Build();
        if (await StartAsync(host, io.Error, cancellationToken) is { } failed)
        {
            return failed;
        }

        await using var scope = host.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var code = command.Verb switch
        {
            Verb.Chat => await services.GetRequiredService<ChatCommand>().RunAsync(command, cancellationToken),
            Verb.SignUpsList => await services.GetRequiredService<SignUpsListCommand>().RunAsync(command, cancellationToken),
            Verb.DbMigrate => await services.GetRequiredService<DbMigrateCommand>().RunAsync(cancellationToken),
            Verb.Ask => await services.GetRequiredService<AskCommand>().RunAsync(command, cancellationToken),
            Verb.OfficersAdd => await services.GetRequiredService<OfficersCommand>().AddAsync(command),
            Verb.OfficersList => await services.GetRequiredService<OfficersCommand>().ListAsync(),
            Verb.SignUpsApprove or Verb.SignUpsReject => await services.GetRequiredService<SignUpDecisionCommand>().RunAsync(command, cancellationToken),
            Verb.SponsorsAdd => await services.GetRequiredService<SponsorsCommand>().AddAsync(command, cancellationToken),
            Verb.SponsorsImport => await services.GetRequiredService<SponsorsImportCommand>().RunAsync(command, cancellationToken),
            Verb.RemindersPlan => await services.GetRequiredService<RemindersCommand>().PlanAsync(command, cancellationToken),
            Verb.RemindersList => await services.GetRequiredService<RemindersCommand>().ListAsync(command, cancellationToken),
            Verb.MembersList => await services.GetRequiredService<MembersListCommand>().RunAsync(command, cancellationToken),
            Verb.PaymentsImport => await services.GetRequiredService<PaymentsImportCommand>().RunAsync(command, cancellationToken),
            Verb.AgentsAdd => await services.GetRequiredService<Agents.AgentsCommand>().AddAsync(command, cancellationToken),
            Verb.AgentsList => await services.GetRequiredService<Agents.AgentsCommand>().ListAsync(cancellationToken),
            Verb.KeysRotate => await services.GetRequiredService<KeysRotateCommand>().RunAsync(cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command.Verb, "not a CLI verb"),
        };
        await host.StopAsync(cancellationToken);
        return code;
    }

    /// <summary>Starts the host; on invalid settings or dialogs prints why and returns exit code 1.</summary>
    public static async Task<int?> StartAsync(IHost host, TextWriter error, CancellationToken cancellationToken = default)
    {
        try
        {
            // Checked before the host starts: the host would log the failure again, with a stack trace.
            Conversations.EngineStartupCheck.Verify(host.Services);
            await host.StartAsync(cancellationToken);
            return null;
        }
        catch (Exception ex) when (ex is StartupException or OptionsValidationException)
        {
            await error.WriteLineAsync(ex.Message);
            return 1;
        }
        catch (IOException ex) when (Observability.PortInUse.Explain(host.Services, ex) is { } explained)
        {
            await error.WriteLineAsync(explained);
            return 1;
        }
    }
}
