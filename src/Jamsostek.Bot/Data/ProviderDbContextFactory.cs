using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jamsostek.Bot.Data;

/// <summary>A BotDbContext on SQLite, or its PostgreSQL subtype (with the PostgreSQL migrations) as Database:Provider says.</summary>
internal sealed class ProviderDbContextFactory(DbContextOptions<BotDbContext> options, IOptions<DatabaseOptions> database) : IDbContextFactory<BotDbContext>
{
    public BotDbContext CreateDbContext() => DataServiceCollectionExtensions.Create(options, database.Value);
}
