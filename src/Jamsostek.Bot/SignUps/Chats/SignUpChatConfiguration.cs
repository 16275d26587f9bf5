using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jamsostek.Bot.SignUps.Chats;

internal sealed class SignUpChatConfiguration : IEntityTypeConfiguration<SignUpChat>
{
    public void Configure(EntityTypeBuilder<SignUpChat> builder)
    {
        builder.Property(c => c.Channel).HasMaxLength(32);
        builder.Property(c => c.ChatId).HasMaxLength(128);
        builder.HasIndex(c => new { c.Channel, c.ChatId, c.SignUpId }).IsUnique();
        builder.HasIndex(c => c.SignUpId);
    }
}
