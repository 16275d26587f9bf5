namespace Jamsostek.Bot.Channels;

public static class ChannelsServiceCollectionExtensions
{
    /// <summary>The outbox dispatcher; each channel adds its own <see cref="IChannelSender"/>.</summary>
    public static IHostApplicationBuilder AddOutbox(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<OutboxDispatcher>();
        return builder;
    }
}
