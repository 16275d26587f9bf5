using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jamsostek.Bot.Channels;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.HasIndex(m => new { m.SentAt, m.NextAttemptAt });
        builder.HasIndex(m => new { m.Channel, m.ChatId, m.SentAt });
        builder.HasIndex(m => new { m.Channel, m.ChatId, m.ExternalMessageId });
        builder.HasIndex(m => m.AbandonedAt); // retention (SentAt leads the index above)
    }
}
