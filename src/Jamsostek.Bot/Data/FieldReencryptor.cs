using Jamsostek.Bot.Data.Encryption;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Jamsostek.Bot.Data;

/// <summary>
/// Rewrites encrypted columns in batches of <see cref="BatchSize"/> rows: at start-up the rows still in clear (a
/// database from before encryption), on key rotation every row not under the active key. Reading decrypts with
/// whichever key a value names, writing encrypts with the active one; the sign-up's hashes are filled on save.
/// Ends with a checkpoint and VACUUM on SQLite so no page with the old bytes stays in the file.
/// </summary>
internal static class FieldReencryptor
{
    public const int BatchSize = 500;

    /// <summary>How many rows were rewritten.</summary>
    public static async Task<int> RunAsync(BotDbContext db, FieldCipher cipher, bool clearOnly, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(cipher);
        var keep = clearOnly ? FieldCipher.Prefix : cipher.ActivePrefix;
        var rewritten = 0;
        foreach (var entity in db.Model.GetEntityTypes())
        {
            var columns = entity.GetProperties().Where(p => p.GetValueConverter() is IEncryptedConverter).ToList();
            if (columns.Count > 0)
            {
                var method = typeof(FieldReencryptor).GetMethod(nameof(EntityAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
                    .MakeGenericMethod(entity.ClrType);
                rewritten += await (Task<int>)method.Invoke(null, [db, entity, columns, keep, cancellationToken])!;
            }
        }

        if (rewritten > 0 && db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken);
            await db.Database.ExecuteSqlRawAsync("VACUUM;", cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken);
        }

        return rewritten;
    }

    private static async Task<int> EntityAsync<T>(BotDbContext db, IEntityType entity, List<IProperty> columns, string keep, CancellationToken cancellationToken)
        where T : class
    {
        var table = entity.GetTableName()!;
        var identifier = StoreObjectIdentifier.Table(table, entity.GetSchema());
        var stale = string.Join(" OR ", columns.Select(c => $"(\"{c.GetColumnName(identifier)}\" IS NOT NULL AND \"{c.GetColumnName(identifier)}\" NOT LIKE '{keep}%')"));
        var rewritten = 0;
        long last = 0;
        while (true)
        {
            // The key id is ours ([A-Za-z0-9] by construction, no quote): safe to inline; the id is a parameter.
#pragma warning disable EF1002
            var ids = await db.Database.SqlQueryRaw<long>(
                $"SELECT \"Id\" AS \"Value\" FROM \"{table}\" WHERE \"Id\" > {{0}} AND ({stale}) ORDER BY \"Id\" LIMIT {BatchSize}", last)
                .ToListAsync(cancellationToken);
#pragma warning restore EF1002
            if (ids.Count == 0)
            {
                return rewritten;
            }

            var rows = await db.Set<T>().Where(e => ids.Contains(EF.Property<long>(e, "Id"))).ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                var entry = db.Entry(row);
                foreach (var column in columns.Where(c => entry.Property(c.Name).CurrentValue is not null))
                {
                    entry.Property(column.Name).IsModified = true;
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            rewritten += rows.Count;
            last = ids[^1];
        }
    }
}
