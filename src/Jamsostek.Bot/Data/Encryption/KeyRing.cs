using System.Security.Cryptography;
using System.Text.Json;

namespace Jamsostek.Bot.Data.Encryption;

/// <summary>
/// The keys: from settings when <c>DataProtection:Keys</c> has any, else from the key file (JSON: active, lookup,
/// keys), created with one new random key at first start, mode 0600 on Unix. Old keys stay for reading.
/// </summary>
public sealed record KeyRing(IReadOnlyDictionary<string, byte[]> Keys, string ActiveKey, string LookupKey)
{
    /// <summary>The key file's path: the setting, else jamsostek.keys next to the database.</summary>
    public static string KeyFilePath(FieldProtectionOptions options, string databasePath)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Path.GetFullPath(options.KeyFile ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(databasePath))!, KeyFileCiphers.DefaultFileName));
    }

    public static KeyRing Load(FieldProtectionOptions options, string keyFile)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Keys.Count > 0)
        {
            var keys = options.Keys.ToDictionary(k => k.Key, k => Decode(k.Key, k.Value), StringComparer.Ordinal);
            var active = options.ActiveKey ?? (keys.Count == 1 ? keys.Keys.Single() : throw new InvalidOperationException("DataProtection:ActiveKey is required when several keys are configured."));
            return Checked(keys, active, options.LookupKey ?? active);
        }

        if (!File.Exists(keyFile))
        {
            var first = new KeyRing(new Dictionary<string, byte[]>(StringComparer.Ordinal) { ["k1"] = RandomNumberGenerator.GetBytes(32) }, "k1", "k1");
            try
            {
                first.Save(keyFile, createNew: true);
            }
            catch (IOException) when (File.Exists(keyFile))
            {
                // Another replica starting at the same moment created it first: its keys are everybody's.
            }
        }

        var stored = ReadKeyFile(keyFile);
        var fileKeys = stored.Keys.ToDictionary(k => k.Key, k => Decode(k.Key, k.Value), StringComparer.Ordinal);
        return Checked(fileKeys, options.ActiveKey ?? stored.Active, options.LookupKey ?? stored.Lookup);
    }

    /// <summary>A new random key, made the active one; the others stay for reading, the look-up key is kept.</summary>
    public KeyRing WithNewActiveKey()
    {
        var id = "k" + (Keys.Keys.Select(k => int.TryParse(k.AsSpan(1), out var n) ? n : 0).DefaultIfEmpty(0).Max() + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var keys = new Dictionary<string, byte[]>(Keys, StringComparer.Ordinal) { [id] = RandomNumberGenerator.GetBytes(32) };
        return this with { Keys = keys, ActiveKey = id };
    }

    public void Save(string keyFile, bool createNew = false)
    {
        ArgumentNullException.ThrowIfNull(keyFile);
        var folder = Path.GetDirectoryName(Path.GetFullPath(keyFile))!;
        Directory.CreateDirectory(folder);
        var content = new KeyFileContent(ActiveKey, LookupKey, Keys.ToDictionary(k => k.Key, k => Convert.ToBase64String(k.Value), StringComparer.Ordinal));
        var file = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            file.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        // The first file is created in place with CreateNew: of replicas starting together exactly one creates it (a
        // move "without overwrite" is a check and a rename on Linux, so two could each put their own keys in). Readers
        // wait out the moment it is empty (ReadKeyFile). A rotation replaces the file whole through a private name.
        var target = createNew ? keyFile : keyFile + "." + Guid.NewGuid().ToString("N") + ".new";
        using (var stream = new FileStream(target, file))
        {
            JsonSerializer.Serialize(stream, content);
            stream.Flush(flushToDisk: true);
        }

        if (!createNew)
        {
            File.Move(target, keyFile, overwrite: true);
        }
    }

    // A key file another process has just created may still be empty or half written for a moment: read it again
    // for up to about two seconds before calling it damaged.
    private static KeyFileContent ReadKeyFile(string keyFile)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return JsonSerializer.Deserialize<KeyFileContent>(File.ReadAllText(keyFile))
                    ?? throw new JsonException("null");
            }
            catch (JsonException) when (attempt < 100)
            {
                Thread.Sleep(20);
            }
            catch (JsonException e)
            {
                throw new InvalidOperationException($"The key file {keyFile} is empty or damaged: restore it from the backup.", e);
            }
        }
    }

    private static KeyRing Checked(Dictionary<string, byte[]> keys, string active, string lookup)
    {
        if (!keys.ContainsKey(active) || !keys.ContainsKey(lookup))
        {
            throw new InvalidOperationException($"DataProtection: the active key '{active}' or look-up key '{lookup}' is not among the keys.");
        }

        if (keys.Keys.Any(k => k.Length == 0 || !k.All(char.IsAsciiLetterOrDigit)))
        {
            throw new InvalidOperationException("DataProtection: a key id is letters and digits only.");
        }

        return new KeyRing(keys, active, lookup);
    }

    private static byte[] Decode(string id, string base64)
    {
        var key = Convert.FromBase64String(base64);
        return key.Length == 32 ? key : throw new InvalidOperationException($"DataProtection key '{id}' must be 32 bytes (base64).");
    }

    private sealed record KeyFileContent(string Active, string Lookup, Dictionary<string, string> Keys);
}
