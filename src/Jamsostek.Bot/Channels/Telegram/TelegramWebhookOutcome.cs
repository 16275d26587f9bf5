namespace Jamsostek.Bot.Channels.Telegram;

/// <summary>
/// What the webhook answers for one update: 503 when nothing could be committed (Telegram delivers it again), else 200,
/// with the pressed button's acknowledgement in the body when it is left to the response
/// (Telegram:AcknowledgeInWebhookResponse).
/// </summary>
public sealed record TelegramWebhookOutcome(bool Committed, string? CallbackQueryToAcknowledge = null);
