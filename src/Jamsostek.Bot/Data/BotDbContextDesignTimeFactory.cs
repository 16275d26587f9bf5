using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Jamsostek.Bot.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQLite model without starting the host.</summary>
internal sealed class BotDbContextDesignTimeFactory : IDesignTimeDbContextFactory<BotDbContext>
{
    public BotDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<BotDbContext>();
        DataServiceCollectionExtensions.Configure(options, new DatabaseOptions { Path = Path.Combine(Path.GetTempPath(), "jamsostek-design.db") });
        return new BotDbContext(options.Options);
    }
}
