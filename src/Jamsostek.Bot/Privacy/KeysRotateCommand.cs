using Jamsostek.Bot.Cli;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.Data.Encryption;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jamsostek.Bot.Privacy;

/// <summary>
/// <c>keys rotate</c>: with the key file, a new random key becomes the active one (the old ones stay for reading)
/// and every encrypted value is rewritten under it in batches. With keys in settings, add the key and set
/// DataProtection:ActiveKey first; the command then rewrites to it. Run it again if it was interrupted.
/// </summary>
public sealed class KeysRotateCommand(IOptions<FieldProtectionOptions> protection, IOptions<DatabaseOptions> database, FieldCipher hostCipher, TerminalIo io)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var cipher = hostCipher;
        if (protection.Value.Keys.Count == 0)
        {
            var keyFile = KeyRing.KeyFilePath(protection.Value, database.Value.Path);
            var ring = KeyRing.Load(protection.Value, keyFile).WithNewActiveKey();
            ring.Save(keyFile); // first: a crash below leaves rows under either key, both readable
            cipher = new FieldCipher(ring);
        }

        await using var services = new ServiceCollection().AddSingleton(cipher).BuildServiceProvider();
        var options = new DbContextOptionsBuilder<BotDbContext>();
        DataServiceCollectionExtensions.Configure(options, database.Value);
        options.UseApplicationServiceProvider(services);
        await using var db = DataServiceCollectionExtensions.Create(options.Options, database.Value);
        var rewritten = await FieldReencryptor.RunAsync(db, cipher, clearOnly: false, cancellationToken);
        await io.Out.WriteLineAsync($"Kunci aktif (active key): {cipher.ActiveKey}; {rewritten} baris dienkripsi ulang (rows re-encrypted).");
        await io.Out.FlushAsync(cancellationToken);
        return 0;
    }
}
