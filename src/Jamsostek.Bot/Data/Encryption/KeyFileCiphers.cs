using System.Collections.Concurrent;

namespace Jamsostek.Bot.Data.Encryption;

/// <summary>
/// One <see cref="FieldCipher"/> per key file version (path, time, size): contexts on the same database share it,
/// and with it one EF model. A rotated file is a new version.
/// </summary>
public static class KeyFileCiphers
{
    public const string DefaultFileName = "jamsostek.keys";

    private static readonly ConcurrentDictionary<(string Path, DateTime Written, long Length), FieldCipher> Ciphers = new();

    public static FieldCipher For(FieldProtectionOptions options, string keyFile)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.ActiveKey is not null || options.LookupKey is not null)
        {
            return new FieldCipher(KeyRing.Load(options, keyFile));
        }

        _ = KeyRing.Load(options, keyFile); // creates the file at first start
        var info = new FileInfo(keyFile);
        return Ciphers.GetOrAdd((info.FullName, info.LastWriteTimeUtc, info.Length), _ => new FieldCipher(KeyRing.Load(options, keyFile)));
    }

    /// <summary>A bare context (no host services) on a database that has a key file beside it; null when there is none.</summary>
    public static FieldCipher? BesideDatabase(string databasePath)
    {
        var keyFile = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(databasePath))!, DefaultFileName);
        return File.Exists(keyFile) ? For(new FieldProtectionOptions(), keyFile) : null;
    }
}
