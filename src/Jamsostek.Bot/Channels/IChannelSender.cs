namespace Jamsostek.Bot.Channels;

/// <summary>Delivers outbox rows on one channel (terminal, telegram, whatsapp).</summary>
public interface IChannelSender
{
    string Channel { get; }

    Task SendAsync(OutboxMessage message, CancellationToken cancellationToken);
}
