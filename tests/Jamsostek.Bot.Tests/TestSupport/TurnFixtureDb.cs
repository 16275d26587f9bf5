using Jamsostek.Bot.Data;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Tests.TestSupport;

/// <summary>A plain BotDbContext on a (migrated) SQLite file, for seeding and checking around CLI runs.</summary>
public sealed class TurnFixtureDb(string dbPath)
{
    public BotDbContext Create() =>
        new(new DbContextOptionsBuilder<BotDbContext>().UseSqlite($"Data Source={dbPath}").Options);
}
