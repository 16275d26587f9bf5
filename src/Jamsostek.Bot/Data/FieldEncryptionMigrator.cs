using Jamsostek.Bot.Data.Encryption;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Data;

/// <summary>After the migrations: personal values still in clear (a database from before encryption) are encrypted in place.</summary>
internal sealed class FieldEncryptionMigrator(IDbContextFactory<BotDbContext> factory, FieldCipher cipher, ILogger<FieldEncryptionMigrator> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var rewritten = await FieldReencryptor.RunAsync(db, cipher, clearOnly: true, cancellationToken);
        if (rewritten > 0)
        {
            logger.LogInformation("Encrypted the personal fields of {Count} row(s) stored in clear", rewritten);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
