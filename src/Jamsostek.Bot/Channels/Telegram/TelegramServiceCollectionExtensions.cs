using Jamsostek.Bot.Outbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace Jamsostek.Bot.Channels.Telegram;

public static class TelegramServiceCollectionExtensions
{
    /// <summary>Binds and validates section "Telegram" at start-up.</summary>
    public static IServiceCollection AddTelegramOptions(this IServiceCollection services)
    {
        services.AddOptions<TelegramOptions>().BindConfiguration(TelegramOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>());
        return services;
    }

    /// <summary>
    /// Options plus the channel's building blocks (mapper, renderer, webhook check, client, sender, its outbox halves).
    /// The webhook endpoint and the polling loop are wired by the host; the outbox dispatcher by AddOutbox.
    /// The client is only resolvable while a token is set.
    /// </summary>
    public static IServiceCollection AddTelegramChannelParts(this IServiceCollection services)
    {
        services.AddTelegramOptions();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TelegramUpdateMapper>();
        services.TryAddSingleton<TelegramRenderer>();
        services.TryAddSingleton<TelegramWebhookAuthenticator>();
        services.TryAddSingleton<TelegramIntakeGate>();
        // A long poll holds its request for PollingTimeoutSeconds; every other call is also cut by TelegramSender.
        // The token is part of every Bot API URL: HttpClient's own loggers (which print the URL) are removed and
        // BotApiLoggingHandler logs the method name instead, so no log level can print the token.
        services.TryAddTransient<BotApiLoggingHandler>();
        services.AddHttpClient(nameof(TelegramBotClient))
            .RemoveAllLoggers()
            .AddHttpMessageHandler<BotApiLoggingHandler>()
            .ConfigureHttpClient((sp, http) =>
            {
                var settings = sp.GetRequiredService<IOptions<TelegramOptions>>().Value;
                http.Timeout = TimeSpan.FromSeconds(settings.RequestTimeoutSeconds + Math.Max(0, settings.PollingTimeoutSeconds));
            });
        services.TryAddSingleton<ITelegramBotClient>(sp => TelegramBotClientFactory.Create(
            sp.GetRequiredService<IOptions<TelegramOptions>>().Value,
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(TelegramBotClient))));
        services.TryAddSingleton<TelegramSender>();
        services.AddOutboxChannel<TelegramOutboxRenderer, TelegramTransport>();
        return services;
    }

    /// <summary>True when Telegram:BotToken is set, so Program.cs can skip the channel entirely.</summary>
    public static bool IsTelegramEnabled(this IConfiguration configuration) =>
        TelegramOptions.IsEnabledFor(configuration[$"{TelegramOptions.SectionName}:{nameof(TelegramOptions.BotToken)}"]);
}
