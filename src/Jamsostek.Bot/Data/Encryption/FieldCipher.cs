using System.Security.Cryptography;
using System.Text;

namespace Jamsostek.Bot.Data.Encryption;

/// <summary>
/// AES-256-GCM for personal fields: <c>enc:v1:&lt;keyId&gt;:base64(nonce|tag|ciphertext)</c>, the table and column
/// as associated data (a value copied to another column does not decrypt). Each key is a 32-byte master; the
/// encryption and HMAC keys are derived from it with HKDF. Values without the prefix are read as they are (a
/// database not yet migrated, or a test context without keys).
/// </summary>
public sealed class FieldCipher
{
    public const string Prefix = "enc:v1:";
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly Dictionary<string, byte[]> encryptionKeys = new(StringComparer.Ordinal);
    private readonly byte[] lookupKey;

    public FieldCipher(KeyRing ring)
    {
        ArgumentNullException.ThrowIfNull(ring);
        foreach (var (id, master) in ring.Keys)
        {
            encryptionKeys[id] = HKDF.DeriveKey(HashAlgorithmName.SHA256, master, 32, info: "jamsostek field encryption v1"u8.ToArray());
        }

        ActiveKey = ring.ActiveKey;
        lookupKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, ring.Keys[ring.LookupKey], 32, info: "jamsostek lookup hash v1"u8.ToArray());
    }

    public string ActiveKey { get; }

    /// <summary>The stored form's prefix with the active key: a value without it is still to (re-)encrypt.</summary>
    public string ActivePrefix => $"{Prefix}{ActiveKey}:";

    public string Encrypt(string plain, string purpose)
    {
        ArgumentNullException.ThrowIfNull(plain);
        var clear = Encoding.UTF8.GetBytes(plain);
        var blob = new byte[NonceSize + TagSize + clear.Length];
        var nonce = blob.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using (var aes = new AesGcm(encryptionKeys[ActiveKey], TagSize))
        {
            aes.Encrypt(nonce, clear, blob.AsSpan(NonceSize + TagSize), blob.AsSpan(NonceSize, TagSize), Encoding.UTF8.GetBytes(purpose));
        }

        return ActivePrefix + Convert.ToBase64String(blob);
    }

    public string Decrypt(string stored, string purpose)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (!stored.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return stored;
        }

        var separator = stored.IndexOf(':', Prefix.Length);
        var keyId = separator < 0 ? string.Empty : stored[Prefix.Length..separator];
        if (!encryptionKeys.TryGetValue(keyId, out var key))
        {
            throw new CryptographicException($"A personal field is encrypted with key '{keyId}', which is not in the key ring (DataProtection).");
        }

        var blob = new byte[stored.Length];
        if (separator < 0 || !Convert.TryFromBase64String(stored[(separator + 1)..], blob, out var length) || length < NonceSize + TagSize)
        {
            throw new CryptographicException($"A stored value of {purpose} starts as encrypted but is not in the enc:v1 format.");
        }

        blob = blob[..length];
        var clear = new byte[blob.Length - NonceSize - TagSize];
        using (var aes = new AesGcm(key, TagSize))
        {
            aes.Decrypt(blob.AsSpan(0, NonceSize), blob.AsSpan(NonceSize + TagSize), blob.AsSpan(NonceSize, TagSize), clear, Encoding.UTF8.GetBytes(purpose));
        }

        return Encoding.UTF8.GetString(clear);
    }

    /// <summary>Keyed HMAC-SHA256 (hex) for equality look-ups: the same input gives the same hash; without the key it cannot be guessed from 16 digits.</summary>
    public string Hash(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Convert.ToHexStringLower(HMACSHA256.HashData(lookupKey, Encoding.UTF8.GetBytes(value)));
    }
}
