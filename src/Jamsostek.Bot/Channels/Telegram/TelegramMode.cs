namespace Jamsostek.Bot.Channels.Telegram;

/// <summary>How updates reach the bot: long polling (development, one node) or a webhook (production).</summary>
public enum TelegramMode
{
    Polling,
    Webhook,
}
