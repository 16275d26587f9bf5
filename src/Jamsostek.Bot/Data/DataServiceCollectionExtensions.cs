using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace Jamsostek.Bot.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>SQLite in WAL mode at Database:Path, a DbContext factory, and migrations applied at start-up.</summary>
    public static IHostApplicationBuilder AddBotDatabase(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>()
            .BindConfiguration(DatabaseOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<SqliteWalInterceptor>();
        builder.Services.AddSingleton<DurableOutboxInterceptor>();
        builder.Services.AddSingleton<DbWriteGate>();
        builder.Services.AddDbContextFactory<BotDbContext>((services, options) =>
        {
            var database = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            Configure(options, database.Path);
            options.AddInterceptors(services.GetRequiredService<SqliteWalInterceptor>(), services.GetRequiredService<DurableOutboxInterceptor>());
            options.AddInterceptors(services.GetServices<IInterceptor>());
        });
        builder.Services.AddOptions<Privacy.Encryption.FieldProtectionOptions>().BindConfiguration(Privacy.Encryption.FieldProtectionOptions.Section);
        builder.Services.AddSingleton(services =>
        {
            var protection = services.GetRequiredService<IOptions<Privacy.Encryption.FieldProtectionOptions>>().Value;
            var database = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            DatabaseFiles.Prepare(database.Path);
            var keyFile = Privacy.Encryption.KeyRing.KeyFilePath(protection, database.Path);
            return protection.Keys.Count > 0
                ? new Privacy.Encryption.FieldCipher(Privacy.Encryption.KeyRing.Load(protection, keyFile))
                : Privacy.Encryption.KeyFileCiphers.For(protection, keyFile);
        });
        builder.Services.AddHostedService<DatabaseMigrator>();
        builder.Services.AddHostedService<FieldEncryptionMigrator>();
        return builder;
    }

    internal static void Configure(DbContextOptionsBuilder options, string path)
    {
        DatabaseFiles.Prepare(path);
        options.UseSqlite(
            new DatabaseOptions { Path = path }.ConnectionString(),
            sqlite => sqlite.MigrationsAssembly(typeof(BotDbContext).Assembly.GetName().Name));
    }
}
