using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jamsostek.Bot.SignUps.Sponsors;

internal sealed class SponsorConfiguration : IEntityTypeConfiguration<Sponsor>
{
    public void Configure(EntityTypeBuilder<Sponsor> builder)
    {
        builder.Property(s => s.Code).HasMaxLength(64);
        builder.HasIndex(s => s.Code).IsUnique();
        builder.Property(s => s.LegalBasis).HasMaxLength(300);
        builder.Property(s => s.EligibleGroups).HasMaxLength(500);
        builder.Property(s => s.Programs).HasMaxLength(32).HasDefaultValue("JKK,JKM");
    }
}
