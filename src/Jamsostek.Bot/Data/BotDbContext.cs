using Jamsostek.Bot.Conversations;
using Jamsostek.Bot.Handoffs;
using Jamsostek.Bot.Officers;
using Jamsostek.Bot.Officers.Access;
using Jamsostek.Bot.Outbox;
using Jamsostek.Bot.Data.Encryption;
using Jamsostek.Bot.SignUps;
using Jamsostek.Bot.SignUps.Sponsors;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Jamsostek.Bot.Audit;

namespace Jamsostek.Bot.Data;

/// <summary>
/// The bot's data on SQLite; <see cref="PostgresBotDbContext"/> is the same model on PostgreSQL with its own migrations
/// (EF Core's "multiple context types" for migrations per provider). Everything else asks for a BotDbContext.
/// </summary>
public class BotDbContext : IdentityDbContext<Officer>
{
    public BotDbContext(DbContextOptions<BotDbContext> options)
        : base(options)
    {
    }

    /// <summary>For the provider's subtype, which takes the same options (EF accepts options of a base context type).</summary>
    protected BotDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Participant> Participants => Set<Participant>();

    public DbSet<Conversation> Conversations => Set<Conversation>();

    public DbSet<ProcessedMessage> ProcessedMessages => Set<ProcessedMessage>();

    public DbSet<SignUp> SignUps => Set<SignUp>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<HandoffRequest> HandoffRequests => Set<HandoffRequest>();

    public DbSet<ConversationMessage> ConversationMessages => Set<ConversationMessage>();

    public DbSet<Sponsor> Sponsors => Set<Sponsor>();

    public DbSet<SponsorInvitation> SponsorInvitations => Set<SponsorInvitation>();

    /// <summary>Who opened, searched, exported, signed in or changed an account in the console (append-only).</summary>
    public DbSet<AccessEntry> AccessLog => Set<AccessEntry>();

    public DbSet<Privacy.NikEntry> NikEntries => Set<Privacy.NikEntry>();

    public DbSet<Members.Member> Members => Set<Members.Member>();

    public DbSet<Payments.Payment> Payments => Set<Payments.Payment>();

    public DbSet<Payments.PaymentClaim> PaymentClaims => Set<Payments.PaymentClaim>();

    public DbSet<Reminders.Reminder> Reminders => Set<Reminders.Reminder>();

    public DbSet<SignUps.Chats.SignUpChat> SignUpChats => Set<SignUps.Chats.SignUpChat>();

    public DbSet<Agents.Agent> Agents => Set<Agents.Agent>();

    /// <summary>
    /// The field cipher from the host's services, else (a bare context, e.g. a tool or a test) the key file beside
    /// a SQLite database; null when there is neither (design time): values are then read and written as they are.
    /// </summary>
    public FieldCipher? Cipher => field ??= this.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService<FieldCipher>()
        ?? BesideDatabase();

    private FieldCipher? BesideDatabase()
    {
        if (!Database.IsSqlite())
        {
            return null;
        }

        var connection = this.GetService<IDbContextOptions>().Extensions.OfType<Microsoft.EntityFrameworkCore.Infrastructure.RelationalOptionsExtension>().FirstOrDefault()?.ConnectionString;
        var file = connection is null ? null : new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connection).DataSource;
        return string.IsNullOrEmpty(file) || file == ":memory:" ? null : KeyFileCiphers.BesideDatabase(file);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BeforeSave();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BeforeSave();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>
    /// The same storage on both providers: instants as UTC ticks (bigint), money as whole rupiah (bigint). On PostgreSQL
    /// timestamptz would refuse any value whose offset is not zero (a pinned --now in WITA, a member's local time), and the
    /// hand-written SQL (ledger inserts, re-encryption) then binds the same values on both.
    /// </summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        configurationBuilder.Properties<decimal>().HaveConversion<RupiahConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(BotDbContext).Assembly);
        FieldEncryption.Apply(builder, Cipher);
    }

    /// <summary>
    /// The host's options carry the model cache key already (<see cref="DataServiceCollectionExtensions.Configure(DbContextOptionsBuilder, DatabaseOptions)"/>):
    /// a pooled context must not change its options here. Options built elsewhere (tools, tests) get it added.
    /// </summary>
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        if (!CipherModelCacheKeyFactory.IsIn(optionsBuilder.Options))
        {
            optionsBuilder.ReplaceService<IModelCacheKeyFactory, CipherModelCacheKeyFactory>();
        }
    }

    /// <summary>
    /// The checks and stamps of a save, over the changes found by ONE scan of the tracker: each Entries&lt;T&gt;() scans
    /// every tracked entity again (six of them and the save's own were 4.5% of a turn's allocations, issue 12). The save
    /// scans once more after, for the hashes and tokens set here.
    /// </summary>
    private void BeforeSave()
    {
        // A caller that turned automatic detection off has done its own: the walks then take the tracker as it is.
        var detect = ChangeTracker.AutoDetectChangesEnabled;
        if (detect)
        {
            ChangeTracker.DetectChanges();
            ChangeTracker.AutoDetectChangesEnabled = false;
        }

        try
        {
            FillLookupHashes();
            RefuseAuditChanges();
            RenewConcurrencyTokens();
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    /// <summary>The keyed hashes of NIK and phone, the only way SQL finds a sign-up by them (the columns are encrypted).</summary>
    private void FillLookupHashes()
    {
        if (Cipher is not { } cipher)
        {
            return;
        }

        foreach (var entry in ChangeTracker.Entries<SignUp>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                var s = entry.Entity;
                s.NikHash = s.Nik == AuditEntry.Redacted ? null : cipher.Hash(s.Nik);
                s.PhoneHash = s.Phone == AuditEntry.Redacted ? null : cipher.Hash(s.Phone);
            }
        }

        foreach (var entry in ChangeTracker.Entries<SponsorInvitation>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                entry.Entity.NikHash = entry.Entity.Nik == AuditEntry.Redacted ? null : cipher.Hash(entry.Entity.Nik);
            }
        }
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

    /// <summary>
    /// Erasure, or the same content written again (re-encryption at start-up or key rotation). The database
    /// trigger cannot read the ciphertext, so this check is the one that reads the content.
    /// </summary>
    private static bool IsRedaction(Microsoft.EntityFrameworkCore.ChangeTracking.PropertyEntry property) =>
        property.Metadata.Name is nameof(AuditEntry.BeforeJson) or nameof(AuditEntry.AfterJson)
        && property.CurrentValue is string value
        && (value.Contains(AuditEntry.Redacted, StringComparison.Ordinal) || string.Equals(value, property.OriginalValue as string, StringComparison.Ordinal));

    /// <summary>A new Version on every insert or update of a conversation or a sign-up: the WHERE of the next UPDATE checks the old one.</summary>
    private void RenewConcurrencyTokens()
    {
        foreach (var entry in ChangeTracker.Entries<Conversation>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                entry.Entity.Version = ConcurrencyToken.Next();
            }
        }

        foreach (var entry in ChangeTracker.Entries<SignUp>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                entry.Entity.Version = ConcurrencyToken.Next();
            }
        }
    }
}
