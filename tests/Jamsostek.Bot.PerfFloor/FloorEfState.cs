using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Jamsostek.Bot.PerfFloor;

/// <summary>
/// The <c>--ef</c> switch: the chat's state row read with a compiled no-tracking query and written with SaveChanges,
/// through pooled contexts on the store's own connection (and inside its transaction), to price EF Core apart.
/// </summary>
public sealed class FloorEfState(SqliteConnection connection)
{
    private static readonly Func<StateContext, string, StateRow?> Find =
        EF.CompileQuery((StateContext db, string key) => db.States.AsNoTracking().FirstOrDefault(s => s.K == key));

    private readonly PooledDbContextFactory<StateContext> contexts = new(
        new DbContextOptionsBuilder<StateContext>().UseSqlite(connection).Options);

    public string? Read(string key)
    {
        using var db = Context();
        return Find(db, key)?.V;
    }

    public void Write(string key, string value, bool existed)
    {
        using var db = Context();
        var row = new StateRow { K = key, V = value };
        if (existed)
        {
            db.States.Update(row);
        }
        else
        {
            db.States.Add(row);
        }

        db.SaveChanges();
    }

    private StateContext Context()
    {
        var db = contexts.CreateDbContext();

        // The store has begun the transaction itself (BEGIN IMMEDIATE), so EF must not begin its own.
        db.Database.AutoTransactionBehavior = AutoTransactionBehavior.Never;
        return db;
    }

    public sealed class StateRow
    {
        public string K { get; set; } = "";

        public string V { get; set; } = "";
    }

    public sealed class StateContext(DbContextOptions<StateContext> options) : DbContext(options)
    {
        public DbSet<StateRow> States => Set<StateRow>();

        protected override void OnModelCreating(ModelBuilder modelBuilder) =>
            modelBuilder.Entity<StateRow>(row =>
            {
                row.ToTable("kv");
                row.HasKey(s => s.K);
                row.Property(s => s.K).HasColumnName("k");
                row.Property(s => s.V).HasColumnName("v");
            });
    }
}
