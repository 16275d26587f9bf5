using Jamsostek.Bot.Conversations;
using Jamsostek.Bot.Members;
using Jamsostek.Bot.Handoffs;
using Jamsostek.Bot.Outbox;
using Jamsostek.Bot.Data.Encryption;
using Jamsostek.Bot.SignUps;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Jamsostek.Bot.Audit;

namespace Jamsostek.Bot.Data;

/// <summary>
/// Every column that holds a worker's personal data, in one place so a reviewer sees the whole list: encrypted
/// with <see cref="FieldCipher"/> (the table and column as associated data). Look-ups by NIK or phone use the
/// keyed hashes <see cref="SignUp.NikHash"/> and <see cref="SignUp.PhoneHash"/>; nothing compares these columns in SQL.
/// </summary>
internal static class FieldEncryption
{
    public static void Apply(ModelBuilder builder, FieldCipher? cipher)
    {
        builder.Entity<SignUp>(e =>
        {
            Text(e, cipher, s => s.Nik, s => s.FullName, s => s.Address, s => s.Phone, s => s.HeirName, s => s.HeirRelationship, s => s.OccupationOther!);
            e.Property(s => s.BirthDate).HasConversion(new EncryptedDateConverter(cipher, "SignUps.BirthDate"));
        });
        builder.Entity<Member>(e => Text(e, cipher, m => m.Nik, m => m.FullName));
        builder.Entity<SignUps.Sponsors.SponsorInvitation>(e => Text(e, cipher, i => i.Nik, i => i.FullName, i => i.Phone!));
        builder.Entity<Agents.Agent>(e => Text(e, cipher, a => a.Name, a => a.Phone));
        builder.Entity<Participant>(e => Text(e, cipher, p => p.Phone!));
        builder.Entity<Conversation>(e => Text(e, cipher, c => c.SlotsJson, c => c.TrailJson, c => c.Pending!));
        builder.Entity<ConversationMessage>(e => Text(e, cipher, m => m.Text));
        builder.Entity<OutboxMessage>(e => Text(e, cipher, m => m.Text, m => m.NoticeParametersJson!));
        builder.Entity<HandoffRequest>(e => Text(e, cipher, h => h.Question));
        builder.Entity<AuditEntry>(e => Text(e, cipher, a => a.BeforeJson!, a => a.AfterJson!));
    }

    private static void Text<T>(EntityTypeBuilder<T> entity, FieldCipher? cipher, params System.Linq.Expressions.Expression<Func<T, string>>[] columns)
        where T : class
    {
        foreach (var column in columns)
        {
            var property = entity.Property(column);
            // The stored text is longer than the clear one: no length limit on an encrypted column.
            property.Metadata.SetMaxLength(null);
            property.HasConversion(new EncryptedStringConverter(cipher, $"{typeof(T).Name}.{property.Metadata.Name}"));
        }
    }
}
