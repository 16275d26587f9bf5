using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Jamsostek.Bot.Data;

/// <summary>
/// Turns on write-ahead logging on every connection opened (readers never wait for the writer), with
/// synchronous=NORMAL; a commit that queues a message for someone is made FULL by <see cref="DurableOutboxInterceptor"/>,
/// so a power cut cannot roll back a turn whose answer the worker already has. Measured cost: see README.
/// The pragmas stay with SQLite's handle, which the connection pool keeps between opens: a handle seen before gets
/// synchronous=NORMAL back only when a FULL commit left it (<see cref="LeftFull"/>), and otherwise no statement at all
/// (issue 12 round 15: the reset on every open was one statement prepared and run for every pooled read, 1.5 a turn).
/// </summary>
internal sealed class SqliteWalInterceptor : DbConnectionInterceptor
{
    // secure_delete: what a deletion or an erasure frees is zeroed in the file, not left readable in free space.
    // temp_store=MEMORY: a savepoint's statement journal stays in memory instead of spilling to a temp file past 64 KiB.
    private const string Wal = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA secure_delete=ON; PRAGMA temp_store=MEMORY; ";
    private const string BusyTimeout = "PRAGMA busy_timeout=30000;";
    private const string Reset = "PRAGMA synchronous=NORMAL;";

    private static readonly ConditionalWeakTable<object, HandleState> Prepared = [];

    /// <summary>Records that <paramref name="connection"/>'s handle now commits with synchronous=FULL, until it is opened again.</summary>
    public static void LeftFull(DbConnection connection)
    {
        if ((connection as SqliteConnection)?.Handle is { } handle && Prepared.TryGetValue(handle, out var state))
        {
            state.Full = true;
        }
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (Pragmas(connection) is { } pragmas)
        {
            using var command = connection.CreateCommand();
            command.CommandText = pragmas;
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (Pragmas(connection) is { } pragmas)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>
    /// What a handle needs on this open; null when it is as it was set. EF opens read-only connections to probe whether
    /// the file exists: those cannot switch the journal mode.
    /// </summary>
    private static string? Pragmas(DbConnection connection)
    {
        var handle = (connection as SqliteConnection)?.Handle;
        if (handle is not null && Prepared.TryGetValue(handle, out var state))
        {
            // One connection holds a handle at a time (the pool hands it out): no other open races this one.
            var full = state.Full;
            state.Full = false;
            return full ? Reset : null;
        }

        var readOnly = new SqliteConnectionStringBuilder(connection.ConnectionString).Mode == SqliteOpenMode.ReadOnly;
        if (handle is not null)
        {
            Prepared.AddOrUpdate(handle, new HandleState());
        }

        return readOnly ? BusyTimeout : Wal + BusyTimeout;
    }

    private sealed class HandleState
    {
        public bool Full { get; set; }
    }
}
