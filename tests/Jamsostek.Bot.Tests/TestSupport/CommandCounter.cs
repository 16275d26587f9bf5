using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Jamsostek.Bot.Tests.TestSupport;

/// <summary>Counts the SQL commands EF runs (queries, writes, savepoints and transactions are counted apart).</summary>
public sealed class CommandCounter : DbCommandInterceptor, IDbTransactionInterceptor
{
    private int commands;
    private int inTransaction;
    private int transactions;

    public int Commands => Volatile.Read(ref commands);

    /// <summary>Commands run inside a transaction: the work that holds the write lock.</summary>
    public int InTransaction => Volatile.Read(ref inTransaction);

    public int Transactions => Volatile.Read(ref transactions);

    public void Reset()
    {
        Interlocked.Exchange(ref commands, 0);
        Interlocked.Exchange(ref inTransaction, 0);
        Interlocked.Exchange(ref transactions, 0);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) => Count(command, result);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) => ValueTask.FromResult(Count(command, result));

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) => Count(command, result);

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) => ValueTask.FromResult(Count(command, result));

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) => Count(command, result);

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) => ValueTask.FromResult(Count(command, result));

    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        Interlocked.Increment(ref transactions);
        return result;
    }

    public ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref transactions);
        return ValueTask.FromResult(result);
    }

    private T Count<T>(DbCommand command, T result)
    {
        Interlocked.Increment(ref commands);
        if (command.Transaction is not null)
        {
            Interlocked.Increment(ref inTransaction);
        }

        return result;
    }
}
