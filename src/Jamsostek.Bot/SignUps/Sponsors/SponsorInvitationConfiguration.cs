using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jamsostek.Bot.SignUps.Sponsors;

internal sealed class SponsorInvitationConfiguration : IEntityTypeConfiguration<SponsorInvitation>
{
    public void Configure(EntityTypeBuilder<SponsorInvitation> builder)
    {
        builder.Property(i => i.Code).HasMaxLength(32);
        builder.HasIndex(i => i.Code).IsUnique();
        builder.Property(i => i.NikHash).HasMaxLength(64);
        builder.HasIndex(i => i.NikHash);
        builder.HasIndex(i => new { i.SponsorId, i.VillageCode, i.Status });
        builder.Property(i => i.RegencyCode).HasMaxLength(5);
        builder.Property(i => i.VillageCode).HasMaxLength(13);
        builder.Property(i => i.Occupation).HasMaxLength(100);
        builder.Property(i => i.Channel).HasMaxLength(20);
        builder.Property(i => i.ChatId).HasMaxLength(64);
        builder.HasIndex(i => new { i.Status, i.LastNoticeAt });
        builder.HasIndex(i => new { i.Status, i.NextLookAt });
        builder.HasOne(i => i.SignUp).WithMany().HasForeignKey(i => i.SignUpId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Sponsor>().WithMany().HasForeignKey(i => i.SponsorId).OnDelete(DeleteBehavior.Restrict);
    }
}
