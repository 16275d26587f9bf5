using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jamsostek.Bot.Outbox;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.HasIndex(m => new { m.SentAt, m.NextAttemptAt });
        builder.HasIndex(m => new { m.Channel, m.ChatId, m.SentAt });
        builder.HasIndex(m => new { m.Channel, m.ChatId, m.ExternalMessageId });
        builder.HasIndex(m => m.AbandonedAt);
        builder.Property(m => m.ExternalMessageId).HasMaxLength(128);
        builder.Ignore(m => m.ContactKeyboardShownBefore); // what the leasing turn knew, for its own send only

        // Defaults in the table too: the reminder ledger inserts rows with its own column list.
        builder.Property(m => m.AwaitingInbound).HasDefaultValue(false);
        builder.Property(m => m.NeedsTemplate).HasDefaultValue(false);
        builder.HasIndex(m => m.ExternalMessageId); // delivery statuses name only the wamid // retention (SentAt leads the index above)
    }
}
