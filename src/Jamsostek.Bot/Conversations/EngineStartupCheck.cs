using Jamsostek.Bot.Cli;

namespace Jamsostek.Bot.Conversations;

/// <summary>Builds the engine when the host starts, so that an invalid dialogs/ folder stops the start-up, not the first message.</summary>
internal sealed class EngineStartupCheck(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            _ = services.GetRequiredService<IConversationEngine>();
        }
        catch (Exception ex)
        {
            throw new StartupException($"The dialogs could not be loaded; the bot does not start.{Environment.NewLine}{ex.Message}", ex);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
