using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Jamsostek.Bot.Channels;

public static class ChannelsServiceCollectionExtensions
{
    /// <summary>
    /// The outbox dispatcher and the signal that wakes a channel's sender after a commit; each channel adds its
    /// own <see cref="IChannelSender"/>.
    /// </summary>
    public static IHostApplicationBuilder AddOutbox(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<OutboxDispatcher>();
        builder.Services.TryAddSingleton<OutboxSignal>();
        return builder;
    }
}
