using Jamsostek.Bot.Outbox;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Jamsostek.Bot.Channels.WhatsApp;

/// <summary>Puts the conversation on WhatsApp when an access token is configured; says once that it is off otherwise.</summary>
public static class WhatsAppHostExtensions
{
    public static IHostApplicationBuilder AddWhatsApp(this IHostApplicationBuilder builder)
    {
        if (!IsWhatsAppEnabled(builder.Configuration))
        {
            return builder;
        }

        var services = builder.Services;
        services.AddOptions<WhatsAppOptions>().BindConfiguration(WhatsAppOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WhatsAppOptions>, WhatsAppOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(nameof(WhatsAppGraphClient)).RemoveAllLoggers(); // its loggers would print request URLs
        services.AddSingleton<WhatsAppGraphClient>();
        services.AddSingleton<WhatsAppTexts>();
        services.AddSingleton<WhatsAppSignature>();
        services.AddSingleton<WhatsAppInboundHandler>();
        services.AddSingleton<WhatsAppLinkCheck>();
        services.AddOutboxChannel<WhatsAppRenderer, WhatsAppTransport>();
        return builder;
    }

    public static WebApplication MapWhatsApp(this WebApplication app)
    {
        if (IsWhatsAppEnabled(app.Configuration))
        {
            app.MapWhatsAppWebhook();
        }
        else
        {
            app.Logger.LogInformation("WhatsApp channel off: set WhatsApp__AccessToken (and the other WhatsApp__ settings) to put the bot on WhatsApp");
        }

        return app;
    }

    public static bool IsWhatsAppEnabled(IConfiguration configuration) =>
        WhatsAppOptions.IsEnabledFor(configuration[$"{WhatsAppOptions.SectionName}:{nameof(WhatsAppOptions.AccessToken)}"]);
}
