using Jamsostek.Bot.Data;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Benchmarks;

/// <summary>The host's DbContext on one SQLite file, without the host: what the benchmarks query through.</summary>
public sealed class SqliteBotDbFactory(string path) : IDbContextFactory<BotDbContext>
{
    private readonly DbContextOptions<BotDbContext> _options = new DbContextOptionsBuilder<BotDbContext>()
        .UseSqlite($"Data Source={path};Pooling=True")
        .Options;

    public BotDbContext CreateDbContext() => new(_options);
}
