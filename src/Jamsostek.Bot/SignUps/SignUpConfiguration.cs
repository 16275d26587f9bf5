using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jamsostek.Bot.SignUps;

internal sealed class SignUpConfiguration : IEntityTypeConfiguration<SignUp>
{
    public void Configure(EntityTypeBuilder<SignUp> builder)
    {
        builder.HasIndex(s => s.Reference).IsUnique();
        builder.Property(s => s.Reference).HasMaxLength(32);
        builder.Property(s => s.Status)
            .HasConversion(s => SignUpStatusCodes.ToText(s), s => SignUpStatusCodes.Parse(s))
            .HasMaxLength(16);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Property(s => s.NikHash).HasMaxLength(64);
        builder.Property(s => s.PhoneHash).HasMaxLength(64);
        builder.Property(s => s.Sex).HasMaxLength(1);
        // One person, one live sign-up: a second pending/approved row for a NIK is impossible.
        // Quoted identifiers and IN (...) read the same on SQLite and PostgreSQL.
        // On the keyed hash: the NIK column is encrypted (a new random nonce each time, never equal).
        builder.HasIndex(s => s.NikHash)
            .IsUnique()
            .HasFilter("\"Status\" IN ('pending', 'approved')")
            .HasDatabaseName("IX_SignUps_NikHash_Active");
        builder.HasIndex(s => new { s.Channel, s.ChatId });
        builder.HasIndex(s => new { s.Status, s.CreatedAt });
        builder.HasIndex(s => new { s.RegencyCode, s.Status, s.CreatedAt });
        builder.HasIndex(s => new { s.VillageCode, s.Status });
        builder.HasIndex(s => s.PhoneHash);
        builder.HasIndex(s => s.NikHash, "IX_SignUps_NikHash");
        builder.Property(s => s.ConfirmCode).HasMaxLength(16);
        builder.HasIndex(s => s.ConfirmCode);
        builder.HasIndex(s => new { s.AgentId, s.Status });
        builder.Property(s => s.Kpj).HasMaxLength(11);
        builder.Property(s => s.RegistrationSession).HasMaxLength(32);
        // A KPJ number is issued once: unique among approved sign-ups.
        builder.HasIndex(s => s.Kpj)
            .IsUnique()
            .HasFilter("\"Status\" = 'approved'")
            .HasDatabaseName("IX_SignUps_Kpj_Approved");
    }
}
