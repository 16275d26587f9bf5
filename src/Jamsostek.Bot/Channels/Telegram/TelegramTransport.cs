using Jamsostek.Bot.Outbox;
using Microsoft.Extensions.Options;

namespace Jamsostek.Bot.Channels.Telegram;

/// <summary>Telegram's half of the outbox: one sendMessage per part, paced by the Telegram settings.</summary>
public sealed class TelegramTransport(TelegramSender sender, IOptions<TelegramOptions> options) : IOutboxTransport
{
    public string Channel => TelegramUpdateHandler.Channel;

    public OutboxChannelSettings Settings { get; } = ToSettings(options.Value);

    public static OutboxChannelSettings ToSettings(TelegramOptions options) => new(
        options.GlobalMessagesPerSecond,
        options.PerChatMessagesPerSecond,
        options.PerChatBurst,
        options.MaxSendAttempts,
        TimeSpan.FromHours(options.GiveUpAfterHours),
        TimeSpan.FromSeconds(options.OutboxPollSeconds));

    public Task<SendOutcome> SendAsync(OutboxMessage row, OutboxPart part, CancellationToken cancellationToken) =>
        sender.SendAsync(row.ChatId, (TelegramOutgoingMessage)part, cancellationToken);
}
