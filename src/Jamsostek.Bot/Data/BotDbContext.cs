using Jamsostek.Bot.Channels;
using Jamsostek.Bot.Conversations;
using Jamsostek.Bot.Officers;
using Jamsostek.Bot.Officers.Access;
using Jamsostek.Bot.SignUps;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Data;

public sealed class BotDbContext(DbContextOptions<BotDbContext> options) : IdentityDbContext<Officer>(options)
{
    public DbSet<Participant> Participants => Set<Participant>();

    public DbSet<Conversation> Conversations => Set<Conversation>();

    public DbSet<ProcessedMessage> ProcessedMessages => Set<ProcessedMessage>();

    public DbSet<SignUp> SignUps => Set<SignUp>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<HandoffRequest> HandoffRequests => Set<HandoffRequest>();

    public DbSet<ConversationMessage> ConversationMessages => Set<ConversationMessage>();

    public DbSet<Sponsor> Sponsors => Set<Sponsor>();

    /// <summary>Who opened, searched, exported, signed in or changed an account in the console (append-only).</summary>
    public DbSet<AccessEntry> AccessLog => Set<AccessEntry>();

    public DbSet<Privacy.NikEntry> NikEntries => Set<Privacy.NikEntry>();

    public DbSet<Members.Member> Members => Set<Members.Member>();

    public DbSet<Payments.Payment> Payments => Set<Payments.Payment>();

    public DbSet<Payments.PaymentClaim> PaymentClaims => Set<Payments.PaymentClaim>();

    public DbSet<Reminders.Reminder> Reminders => Set<Reminders.Reminder>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseAuditChanges();
        RenewConcurrencyTokens();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseAuditChanges();
        RenewConcurrencyTokens();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
            configurationBuilder.Properties<decimal>().HaveConversion<RupiahConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(BotDbContext).Assembly);
    }

    /// <summary>
    /// The audit is append-only: an entry is added, never removed, and its who/when/what never change (SQLite
    /// triggers refuse it too, for ExecuteUpdate and raw SQL). The one edit allowed is erasure ("hapus data saya")
    /// replacing personal values inside a snapshot by <see cref="AuditEntry.Redacted"/>.
    /// </summary>
    private void RefuseAuditChanges()
    {
        foreach (var entry in ChangeTracker.Entries<AuditEntry>())
        {
            var allowed = entry.State switch
            {
                EntityState.Deleted => false,
                EntityState.Modified => entry.Properties.Where(p => p.IsModified).All(IsRedaction),
                _ => true,
            };
            if (!allowed)
            {
                throw new InvalidOperationException("Audit entries are append-only: they cannot be changed or deleted.");
            }
        }

        if (ChangeTracker.Entries<AccessEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("Access log entries are append-only: they cannot be changed or deleted.");
        }
    }

    private static bool IsRedaction(Microsoft.EntityFrameworkCore.ChangeTracking.PropertyEntry property) =>
        property.Metadata.Name is nameof(AuditEntry.BeforeJson) or nameof(AuditEntry.AfterJson)
        && property.CurrentValue is string value
        && value.Contains(AuditEntry.Redacted, StringComparison.Ordinal);

    /// <summary>A new Version on every insert or update of a conversation: the WHERE of the next UPDATE checks the old one.</summary>
    private void RenewConcurrencyTokens()
    {
        foreach (var entry in ChangeTracker.Entries<Conversation>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                entry.Entity.Version = Guid.NewGuid();
            }
        }
    }
}
