namespace Jamsostek.Bot.Channels.Telegram;

/// <summary>Puts the conversation on Telegram when a bot token is configured; says once that it is off otherwise.</summary>
public static class TelegramHostExtensions
{
    public static IHostApplicationBuilder AddTelegram(this IHostApplicationBuilder builder)
    {
        if (!builder.Configuration.IsTelegramEnabled())
        {
            return builder;
        }

        builder.Services.AddTelegramChannelParts();
        builder.Services.AddSingleton<TelegramSentMessages>();
        builder.Services.AddSingleton<TelegramUpdateHandler>();
        builder.Services.AddSingleton<TelegramEditedMessageNotice>();
        builder.Services.AddSingleton<TelegramBotIdentity>();
        builder.Services.AddSingleton<TelegramGroupNotice>();
        var mode = builder.Configuration[$"{TelegramOptions.SectionName}:{nameof(TelegramOptions.Mode)}"];
        if (string.Equals(mode, nameof(TelegramMode.Webhook), StringComparison.OrdinalIgnoreCase))
        {
            builder.Services.AddHostedService<TelegramWebhookRegistrar>();
        }
        else
        {
            builder.Services.AddHostedService<TelegramPollingService>();
        }

        return builder;
    }

    public static WebApplication MapTelegram(this WebApplication app)
    {
        if (app.Configuration.IsTelegramEnabled())
        {
            app.MapTelegramWebhook();
        }
        else
        {
            app.Logger.LogInformation("Telegram channel off: set Telegram__BotToken to put the bot on Telegram");
        }

        return app;
    }
}
