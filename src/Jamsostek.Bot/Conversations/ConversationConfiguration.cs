using Jamsostek.Bot.Handoffs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jamsostek.Bot.Conversations;

internal sealed class ConversationConfiguration :
    IEntityTypeConfiguration<Conversation>,
    IEntityTypeConfiguration<Participant>,
    IEntityTypeConfiguration<ProcessedMessage>,
    IEntityTypeConfiguration<HandoffRequest>
{
    public void Configure(EntityTypeBuilder<Conversation> builder)
    {
        builder.HasIndex(c => new { c.Channel, c.ChatId }).IsUnique();
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Property(c => c.RegistrationSession).HasMaxLength(32);
    }

    public void Configure(EntityTypeBuilder<Participant> builder) =>
        builder.HasIndex(p => new { p.Channel, p.ChatId }).IsUnique();

    public void Configure(EntityTypeBuilder<ProcessedMessage> builder)
    {
        builder.HasIndex(m => new { m.Channel, m.MessageId }).IsUnique();
        builder.HasIndex(m => m.ProcessedAt); // retention
    }

    public void Configure(EntityTypeBuilder<HandoffRequest> builder)
    {
        builder.HasIndex(h => new { h.ClosedAt, h.CreatedAt });
        builder.HasIndex(h => new { h.Channel, h.ChatId, h.ClosedAt });
    }
}
