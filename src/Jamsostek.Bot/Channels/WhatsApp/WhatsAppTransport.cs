using Jamsostek.Bot.Outbox;
using Microsoft.Extensions.Options;

namespace Jamsostek.Bot.Channels.WhatsApp;

/// <summary>WhatsApp's half of the outbox that delivers: one Graph API call per part, paced by the WhatsApp settings.</summary>
public sealed class WhatsAppTransport(WhatsAppGraphClient client, IOptions<WhatsAppOptions> options) : IOutboxTransport
{
    public string Channel => WhatsAppChannel.Name;

    public OutboxChannelSettings Settings { get; } = ToSettings(options.Value);

    public static OutboxChannelSettings ToSettings(WhatsAppOptions options) => new(
        options.MessagesPerSecond,
        1 / options.PerRecipientSecondsBetween,
        options.PerRecipientBurst,
        options.MaxSendAttempts,
        TimeSpan.FromHours(options.GiveUpAfterHours),
        TimeSpan.FromSeconds(options.OutboxPollSeconds));

    public Task<SendOutcome> SendAsync(OutboxMessage row, OutboxPart part, CancellationToken cancellationToken) =>
        client.SendAsync(row.ChatId, (WhatsAppPart)part, cancellationToken);
}
