using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jamsostek.Bot.Agents;

internal sealed class AgentConfiguration : IEntityTypeConfiguration<Agent>
{
    public void Configure(EntityTypeBuilder<Agent> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(200);
        builder.Property(a => a.Kind).HasMaxLength(16);
        builder.Property(a => a.RegencyCode).HasMaxLength(8);
        builder.Property(a => a.VillageCode).HasMaxLength(16);
        builder.Property(a => a.LinkCode).HasMaxLength(16);
        builder.Property(a => a.Channel).HasMaxLength(16);
        builder.Property(a => a.ChatId).HasMaxLength(64);
        builder.Property(a => a.CreatedBy).HasMaxLength(64);
        builder.HasIndex(a => a.LinkCode).IsUnique();
        // One chat, one agent: the turn finds the agent by the chat.
        builder.HasIndex(a => new { a.Channel, a.ChatId }).IsUnique();
        builder.HasIndex(a => a.RegencyCode);
    }
}
