using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Data;

internal static class DbErrors
{
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    /// <summary>True when the save failed on a unique index (SQLite or PostgreSQL 23505).</summary>
    public static bool IsUniqueViolation(DbUpdateException exception) => exception.InnerException is DbException db && IsUniqueViolation(db);

    /// <summary>
    /// True when the database was busy or the transaction lost a lock or serialization race, so the same work may
    /// simply run again: SQLite's SQLITE_BUSY / SQLITE_LOCKED, PostgreSQL's 40001 (serialization) and 40P01 (deadlock).
    /// Looks through wrappers such as DbUpdateException.
    /// </summary>
    public static bool IsBusy(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case SqliteException sqlite when sqlite.SqliteErrorCode is SqliteBusy or SqliteLocked:
                case DbException db when db.SqlState is "40001" or "40P01":
                    return true;
            }
        }

        return false;
    }

    /// <summary>The same for a command run on the connection itself (batched ledger inserts).</summary>
    public static bool IsUniqueViolation(DbException exception) => exception switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
        DbException db => db.SqlState == "23505",
        _ => false,
    };
}
