using System.Data.Common;
using Jamsostek.Bot.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Jamsostek.Bot.Data;

/// <summary>
/// A transaction (a turn, an officer's decision, a handoff reply, a payment, a planning batch) and a save that queues
/// a message for someone commit with synchronous=FULL: the commit is on disk before the message can be sent, so a
/// power cut cannot roll back what the person was already told. The single-row saves around them (outbox leases and
/// sent marks, retention) keep NORMAL, which in WAL mode loses at most the last commits and never corrupts: a lost
/// "sent" mark resends one message, which the dispatcher allows. SQLite refuses the pragma inside a transaction, so
/// it is set as the transaction starts. The pragma lasts until the pooled connection is opened again (NORMAL,
/// <see cref="SqliteWalInterceptor.LeftFull"/>).
/// </summary>
internal sealed class DurableOutboxInterceptor : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private const string Full = "PRAGMA synchronous=FULL;";

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (QueuesMessages(eventData.Context) is { } connection)
        {
            SetFull(connection);
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (QueuesMessages(eventData.Context) is { } connection)
        {
            await SetFullAsync(connection, cancellationToken);
        }

        return result;
    }

    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        if (eventData.Context?.Database.OnSqlite() == true)
        {
            SetFull(connection);
        }

        return result;
    }

    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context?.Database.OnSqlite() == true)
        {
            await SetFullAsync(connection, cancellationToken);
        }

        return result;
    }

    private static void SetFull(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Full;
        command.ExecuteNonQuery();
        SqliteWalInterceptor.LeftFull(connection);
    }

    private static async Task SetFullAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Full;
        await command.ExecuteNonQueryAsync(cancellationToken);
        SqliteWalInterceptor.LeftFull(connection);
    }

    /// <summary>The open SQLite connection when this save, outside a transaction, adds outbox rows.</summary>
    private static DbConnection? QueuesMessages(DbContext? context)
    {
        if (context is null || !context.Database.OnSqlite() || context.Database.CurrentTransaction is not null
            || !context.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added))
        {
            return null;
        }

        var connection = context.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            context.Database.OpenConnection(); // closed again by EF when the context is disposed
        }

        return connection;
    }
}
