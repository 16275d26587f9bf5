using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Jamsostek.Bot.Outbox;

public static class OutboxServiceCollectionExtensions
{
    /// <summary>
    /// The one outbox dispatcher for every channel and the signal that wakes it after a commit. In the web host it
    /// runs in the background; the terminal drains it itself after each turn (<paramref name="background"/> false).
    /// </summary>
    public static IHostApplicationBuilder AddOutbox(this IHostApplicationBuilder builder, bool background = true)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<OutboxSignal>();
        builder.Services.TryAddSingleton<SharedChannelPace>();
        builder.Services.TryAddSingleton<OutboxSentMarks>();
        builder.Services.TryAddSingleton<OutboxDispatcher>();
        if (background)
        {
            builder.Services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        }

        return builder;
    }

    /// <summary>A channel's two halves; the dispatcher finds them by their Channel name.</summary>
    public static IServiceCollection AddOutboxChannel<TRenderer, TTransport>(this IServiceCollection services)
        where TRenderer : class, IOutboxRenderer
        where TTransport : class, IOutboxTransport
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOutboxRenderer, TRenderer>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOutboxTransport, TTransport>());
        return services;
    }
}
