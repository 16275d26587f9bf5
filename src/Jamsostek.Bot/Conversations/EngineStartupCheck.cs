using Jamsostek.Bot.Cli;
using Jamsostek.Bot.Hosting;

namespace Jamsostek.Bot.Conversations;

/// <summary>Builds the engine when the host starts, so that an invalid dialogs/ folder stops the start-up, not the first message.</summary>
internal sealed class EngineStartupCheck(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        Verify(services);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Loads the tariff, the holiday calendar and the dialogs; a fault becomes a StartupException with only the faults in it.
    /// The CLI calls this before the host starts, so a bad file prints its faults and no stack trace.
    /// </summary>
    public static void Verify(IServiceProvider services)
    {
        try
        {
            _ = services.GetRequiredService<Jamsostek.Bpu.Tariff>();
        }
        catch (InvalidDataException ex)
        {
            throw new StartupException($"The tariff could not be loaded; the bot does not start.{Environment.NewLine}{ex.Message}", ex);
        }

        try
        {
            _ = services.GetRequiredService<Jamsostek.Bpu.HolidayCalendar>();
        }
        catch (InvalidDataException ex)
        {
            throw new StartupException($"The holiday calendar could not be loaded; the bot does not start.{Environment.NewLine}{ex.Message}", ex);
        }

        try
        {
            _ = services.GetRequiredService<IConversationEngine>();
            _ = services.GetRequiredService<HostTexts>();
        }
        catch (Exception ex)
        {
            throw new StartupException($"The dialogs could not be loaded; the bot does not start.{Environment.NewLine}{ex.Message}", ex);
        }

        try
        {
            _ = services.GetService<Reminders.ReminderTexts>();
        }
        catch (InvalidDataException ex)
        {
            throw new StartupException($"The reminder texts could not be loaded; the bot does not start.{Environment.NewLine}{ex.Message}", ex);
        }

        try
        {
            _ = services.GetService<SignUps.Sponsors.SponsorInvitationTexts>();
        }
        catch (InvalidDataException ex)
        {
            throw new StartupException($"The sponsor invitation texts could not be loaded; the bot does not start.{Environment.NewLine}{ex.Message}", ex);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
