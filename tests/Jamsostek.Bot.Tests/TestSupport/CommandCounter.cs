using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Jamsostek.Bot.Tests.TestSupport;

/// <summary>Counts the SQL commands EF runs (queries, writes, savepoints and transactions are counted apart).</summary>
public sealed class CommandCounter : DbCommandInterceptor, IDbTransactionInterceptor
{
    private int commands;
    private int inTransaction;
    private int transactions;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> texts = new();

    public int Commands => Volatile.Read(ref commands);

    /// <summary>Commands run inside a transaction: the work that holds the write lock.</summary>
    public int InTransaction => Volatile.Read(ref inTransaction);

    public int Transactions => Volatile.Read(ref transactions);

    public void Reset()
    {
        Interlocked.Exchange(ref commands, 0);
        Interlocked.Exchange(ref inTransaction, 0);
        Interlocked.Exchange(ref transactions, 0);
        texts.Clear();
    }

    /// <summary>The commands since the last <see cref="Reset"/>, each as "in-transaction? kind table" (for listing work per turn).</summary>
    public IReadOnlyList<string> Texts => [.. texts];

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

        texts.Enqueue((command.Transaction is null ? "read  " : "write ") + Describe(command.CommandText));

        return result;
    }

    // "SELECT Conversations", "INSERT OutboxMessages", "SAVEPOINT": the statement's verb and first table.
    private static string Describe(string sql)
    {
        var words = sql.Split([' ', '\n', '\r', '\t', '(', ','], StringSplitOptions.RemoveEmptyEntries);
        var verb = words.FirstOrDefault(w => !w.StartsWith("--", StringComparison.Ordinal))?.ToUpperInvariant() ?? "?";
        var table = Array.FindIndex(words, w => w.Equals("FROM", StringComparison.OrdinalIgnoreCase) || w.Equals("INTO", StringComparison.OrdinalIgnoreCase) || w.Equals("UPDATE", StringComparison.OrdinalIgnoreCase)) is var i and >= 0 && i + 1 < words.Length
            ? words[i + 1].Trim('"')
            : string.Empty;
        return $"{verb} {table}".Trim();
    }
}
