using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jamsostek.Bot.Conversations;

internal sealed class ConversationMessageConfiguration : IEntityTypeConfiguration<ConversationMessage>
{
    public void Configure(EntityTypeBuilder<ConversationMessage> builder)
    {
        builder.Property(m => m.Direction).HasMaxLength(3);
        builder.HasIndex(m => new { m.Channel, m.ChatId, m.At });
        builder.Property(m => m.SessionId).HasMaxLength(32);
        builder.HasIndex(m => m.SessionId);
        builder.HasIndex(m => m.At); // retention
    }
}
