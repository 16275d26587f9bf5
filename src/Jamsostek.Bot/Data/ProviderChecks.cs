using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Jamsostek.Bot.Data;

/// <summary>
/// IsSqlite()/IsNpgsql() for paths that run on every save or send. EF's own checks read the provider assembly's name by
/// reflection on each call (issue 12 round 6's profile: RuntimeAssembly.GetName per save); these compare the
/// provider name with the one read once.
/// </summary>
internal static class ProviderChecks
{
    private static readonly string Sqlite = typeof(SqliteDbContextOptionsBuilder).Assembly.GetName().Name!;
    private static readonly string Npgsql = typeof(Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure.NpgsqlDbContextOptionsBuilder).Assembly.GetName().Name!;

    public static bool OnSqlite(this DatabaseFacade database) => string.Equals(database.ProviderName, Sqlite, StringComparison.Ordinal);

    public static bool OnPostgres(this DatabaseFacade database) => string.Equals(database.ProviderName, Npgsql, StringComparison.Ordinal);
}
