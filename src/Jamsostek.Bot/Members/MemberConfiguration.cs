using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jamsostek.Bot.Members;

internal sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> builder)
    {
        builder.HasIndex(m => m.Kpj).IsUnique();
        builder.HasIndex(m => m.SignUpId).IsUnique();
        builder.HasIndex(m => new { m.Channel, m.ChatId });
        builder.HasIndex(m => new { m.RegencyCode, m.VillageCode });
        builder.Property(m => m.Kpj).HasMaxLength(11);
        builder.Property(m => m.TimeZone).HasMaxLength(40);
        builder.Property(m => m.SelfPaidPrograms).HasMaxLength(20);
        builder.Ignore(m => m.PaysSelf);
        builder.Ignore(m => m.OwnPrograms);
    }
}
