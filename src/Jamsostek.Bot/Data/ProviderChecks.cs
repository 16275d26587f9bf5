using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Jamsostek.Bot.Data;

/// <summary>
/// IsSqlite()/IsNpgsql() for paths that run on every save or send. EF's own checks go through
/// <see cref="DatabaseFacade.ProviderName"/>, which reads the provider assembly's name by reflection on each call (issue 12
/// round 6's profile: RuntimeAssembly.GetName per save); here the name is read once per provider type.
/// </summary>
internal static class ProviderChecks
{
    private static readonly string Sqlite = typeof(SqliteDbContextOptionsBuilder).Assembly.GetName().Name!;
    private static readonly string Npgsql = typeof(Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure.NpgsqlDbContextOptionsBuilder).Assembly.GetName().Name!;
    private static readonly ConcurrentDictionary<Type, string> NamesByProviderType = new();

    public static bool OnSqlite(this DatabaseFacade database) => string.Equals(ProviderName(database), Sqlite, StringComparison.Ordinal);

    public static bool OnPostgres(this DatabaseFacade database) => string.Equals(ProviderName(database), Npgsql, StringComparison.Ordinal);

    private static string ProviderName(DatabaseFacade database)
    {
        var provider = database.GetService<IDatabaseProvider>();
        return NamesByProviderType.GetOrAdd(provider.GetType(), static (_, p) => p.Name, provider);
    }
}
