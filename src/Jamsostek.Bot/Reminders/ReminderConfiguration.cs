using Jamsostek.Bot.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jamsostek.Bot.Reminders;

internal sealed class ReminderConfiguration : IEntityTypeConfiguration<Reminder>
{
    public void Configure(EntityTypeBuilder<Reminder> builder)
    {
        builder.HasIndex(r => new { r.MemberId, r.ContributionMonth, r.Kind }).IsUnique();
        builder.HasOne<Member>().WithMany().HasForeignKey(r => r.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.OutboxMessage).WithMany().HasForeignKey(r => r.OutboxMessageId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(r => r.Kind).HasMaxLength(20);
    }
}
