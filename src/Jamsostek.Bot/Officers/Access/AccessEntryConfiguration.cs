using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jamsostek.Bot.Officers.Access;

internal sealed class AccessEntryConfiguration : IEntityTypeConfiguration<AccessEntry>
{
    public void Configure(EntityTypeBuilder<AccessEntry> builder)
    {
        builder.ToTable("AccessLog");
        builder.Property(a => a.Officer).HasMaxLength(AccessLog.MaxText);
        builder.Property(a => a.Action).HasMaxLength(40);
        builder.Property(a => a.Detail).HasMaxLength(AccessLog.MaxText * 2);
        builder.Property(a => a.Ip).HasMaxLength(64);
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => new { a.Officer, a.At });
    }
}
