using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Options;

namespace Jamsostek.Bot.Data;

/// <summary>
/// A BotDbContext on SQLite, or its PostgreSQL subtype (with the PostgreSQL migrations) as Database:Provider says, taken
/// from EF's context pool: a turn uses three to five contexts, and building each one's services was 8% of the host's busy
/// samples under a crowd (issue 12, round 9's profile). A pooled context comes back reset (tracking, transaction, the
/// connection it opened closed), except a connection given to it with SetDbConnection, which it would keep for its
/// next user: nothing here gives one (the turn writer runs a batch's turns on the batch's own context).
/// </summary>
internal sealed class ProviderDbContextFactory : IDbContextFactory<BotDbContext>
{
    private readonly Func<BotDbContext> pooled;

    public ProviderDbContextFactory(DbContextOptions<BotDbContext> options, IOptions<DatabaseOptions> database)
    {
        pooled = database.Value.IsPostgres
            ? new PooledDbContextFactory<PostgresBotDbContext>(new DbContextOptions<PostgresBotDbContext>(options.Extensions.ToDictionary(e => e.GetType()))).CreateDbContext
            : new PooledDbContextFactory<BotDbContext>(options).CreateDbContext;
    }

    public BotDbContext CreateDbContext() => pooled();
}
