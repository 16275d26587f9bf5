using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Jamsostek.Bot.Data;

/// <summary>
/// Lets <c>dotnet ef migrations add … --context PostgresBotDbContext</c> build the PostgreSQL model; adding a migration
/// needs no server (the connection string is never opened).
/// </summary>
internal sealed class PostgresBotDbContextDesignTimeFactory : IDesignTimeDbContextFactory<PostgresBotDbContext>
{
    public PostgresBotDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<BotDbContext>();
        DataServiceCollectionExtensions.Configure(options, new DatabaseOptions
        {
            Provider = nameof(DatabaseProvider.Postgres),
            ConnectionStringSetting = "Host=127.0.0.1;Database=jamsostek_design;Username=jamsostek",
        });
        return new PostgresBotDbContext(options.Options);
    }
}
