using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Options;

namespace Jamsostek.Bot.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// The database of Database:Provider (SQLite in WAL mode at Database:Path, or PostgreSQL at ConnectionStrings:Default),
    /// a DbContext factory, and migrations applied at start-up.
    /// </summary>
    public static IHostApplicationBuilder AddBotDatabase(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>()
            .BindConfiguration(DatabaseOptions.Section)
            .Configure<IConfiguration>((o, configuration) => o.ConnectionStringSetting = configuration.GetConnectionString("Default"))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidation>();
        builder.Services.AddSingleton<SqliteWalInterceptor>();
        builder.Services.AddSingleton<DurableOutboxInterceptor>();
        builder.Services.AddSingleton(s => s.GetRequiredService<IOptions<DatabaseOptions>>().Value.IsPostgres ? DbWriteGate.Open() : new DbWriteGate());
        builder.Services.AddDbContextFactory<BotDbContext, ProviderDbContextFactory>((services, options) =>
        {
            var database = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            Configure(options, database);
            if (!database.IsPostgres)
            {
                // WAL and synchronous pragmas: SQLite's; PostgreSQL commits durably on its own (synchronous_commit).
                options.AddInterceptors(services.GetRequiredService<SqliteWalInterceptor>(), services.GetRequiredService<DurableOutboxInterceptor>());
            }

            options.AddInterceptors(services.GetServices<IInterceptor>());
        });
        builder.Services.AddOptions<Encryption.FieldProtectionOptions>().BindConfiguration(Encryption.FieldProtectionOptions.Section);
        builder.Services.AddSingleton(services =>
        {
            var protection = services.GetRequiredService<IOptions<Encryption.FieldProtectionOptions>>().Value;
            var database = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            if (!database.IsPostgres)
            {
                DatabaseFiles.Prepare(database.Path);
            }

            var keyFile = Encryption.KeyRing.KeyFilePath(protection, database.Path);
            return protection.Keys.Count > 0
                ? new Encryption.FieldCipher(Encryption.KeyRing.Load(protection, keyFile))
                : Encryption.KeyFileCiphers.For(protection, keyFile);
        });
        builder.Services.AddHostedService<DatabaseMigrator>();
        builder.Services.AddHostedService<FieldEncryptionMigrator>();
        return builder;
    }

    internal static void Configure(DbContextOptionsBuilder options, string path) => Configure(options, new DatabaseOptions { Path = path });

    internal static void Configure(DbContextOptionsBuilder options, DatabaseOptions database)
    {
        options.ReplaceService<IModelCacheKeyFactory, CipherModelCacheKeyFactory>();
        var migrations = typeof(BotDbContext).Assembly.GetName().Name;
        if (database.IsPostgres)
        {
            options.UseNpgsql(database.ConnectionString(), npgsql => npgsql.MigrationsAssembly(migrations));
            return;
        }

        DatabaseFiles.Prepare(database.Path);
        options.UseSqlite(database.ConnectionString(), sqlite => sqlite.MigrationsAssembly(migrations));
        options.AddInterceptors(SqlitePlainConnectionInterceptor.Instance);
    }

    /// <summary>A context of the provider's type on options built by <see cref="Configure(DbContextOptionsBuilder, DatabaseOptions)"/>.</summary>
    internal static BotDbContext Create(DbContextOptions<BotDbContext> options, DatabaseOptions database) =>
        database.IsPostgres ? new PostgresBotDbContext(options) : new BotDbContext(options);
}
