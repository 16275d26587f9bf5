using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Jamsostek.Bot.Data;

/// <summary>
/// Creates every SQLite context's connection itself, so EF's provider does not register its eleven SQL functions on them
/// (<c>regexp</c>, the <c>ef_*</c> decimal arithmetic and aggregates). Microsoft.Data.Sqlite applies a connection's
/// functions to the native handle on every open and removes them on every close; with three or more opens a turn that
/// was ~6% of the bytes a turn allocated (issue 12). The model needs none of them: money is stored as
/// whole rupiah (<see cref="RupiahConverter"/>) and no query matches a regular expression. A query that needed one
/// fails loudly ("no such function"), in the tests, rather than silently.
/// </summary>
internal sealed class SqlitePlainConnectionInterceptor : DbConnectionInterceptor
{
    /// <summary>It holds nothing, so every SQLite context shares one (<see cref="DataServiceCollectionExtensions"/>).</summary>
    public static readonly SqlitePlainConnectionInterceptor Instance = new();

    public override InterceptionResult<DbConnection> ConnectionCreating(ConnectionCreatingEventData eventData, InterceptionResult<DbConnection> result) =>
        result.HasResult || eventData.ConnectionString is null
            ? result
            : InterceptionResult<DbConnection>.SuppressWithResult(new SqliteConnection(eventData.ConnectionString));
}
