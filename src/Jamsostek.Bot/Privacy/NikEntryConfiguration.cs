using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jamsostek.Bot.Privacy;

internal sealed class NikEntryConfiguration : IEntityTypeConfiguration<NikEntry>
{
    public void Configure(EntityTypeBuilder<NikEntry> builder)
    {
        builder.HasIndex(e => new { e.Channel, e.ChatId, e.At });
        builder.HasIndex(e => new { e.Refused, e.At });
        builder.HasIndex(e => e.At); // retention
    }
}
