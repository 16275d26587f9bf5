using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Jamsostek.Bot.Data;

/// <summary>
/// Turns on write-ahead logging on every connection opened (readers never wait for the writer), with
/// synchronous=NORMAL; a commit that queues a message for someone is made FULL by <see cref="DurableOutboxInterceptor"/>,
/// so a power cut cannot roll back a turn whose answer the worker already has. Measured cost: see README.
/// The pragmas stay with SQLite's handle, which the connection pool keeps between opens: a handle seen before only
/// gets synchronous=NORMAL back (a FULL save may have left it), one statement instead of four on every open.
/// </summary>
internal sealed class SqliteWalInterceptor : DbConnectionInterceptor
{
    // secure_delete: what a deletion or an erasure frees is zeroed in the file, not left readable in free space.
    // temp_store=MEMORY: a savepoint's statement journal stays in memory instead of spilling to a temp file past 64 KiB.
    private const string Wal = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA secure_delete=ON; PRAGMA temp_store=MEMORY; ";
    private const string BusyTimeout = "PRAGMA busy_timeout=30000;";
    private const string Reset = "PRAGMA synchronous=NORMAL;";

    private static readonly ConditionalWeakTable<object, string> Prepared = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas(connection);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas(connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>EF opens read-only connections to probe whether the file exists: those cannot switch the journal mode.</summary>
    private static string Pragmas(DbConnection connection)
    {
        var handle = (connection as SqliteConnection)?.Handle;
        if (handle is not null && Prepared.TryGetValue(handle, out var reset))
        {
            return reset;
        }

        var readOnly = new SqliteConnectionStringBuilder(connection.ConnectionString).Mode == SqliteOpenMode.ReadOnly;
        if (handle is not null)
        {
            Prepared.AddOrUpdate(handle, readOnly ? BusyTimeout : Reset);
        }

        return readOnly ? BusyTimeout : Wal + BusyTimeout;
    }
}
