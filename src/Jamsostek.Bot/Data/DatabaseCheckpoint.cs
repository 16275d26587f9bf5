using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Data;

/// <summary>
/// After an erasure or a retention run: SQLite folds the write-ahead log into the file and empties it, so the
/// page images from before the erasure do not linger in the -wal file (secure_delete already zeroes the freed
/// space in the file itself). Nothing to do on other databases.
/// </summary>
public static class DatabaseCheckpoint
{
    public static async Task FlushAsync(BotDbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!db.Database.IsSqlite())
        {
            return;
        }

        try
        {
            // Best effort: a reader still holding an old snapshot makes it partial, and the next one completes it.
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning("Could not checkpoint the database after erasing data: {Error}", ex.GetType().Name);
        }
    }
}
