namespace Jamsostek.Bot.Data.Encryption;

/// <summary>
/// Where the keys that encrypt personal fields come from: <c>DataProtection:Keys:&lt;id&gt;</c> (base64, 32 bytes each)
/// with <c>DataProtection:ActiveKey</c>, or else a key file (<c>DataProtection:KeyFile</c>, default next to the
/// database) created at first start, readable by the service user only. Never inside the database.
/// </summary>
public sealed class FieldProtectionOptions
{
    public const string Section = "DataProtection";

    public Dictionary<string, string> Keys { get; set; } = new(StringComparer.Ordinal);

    public string? ActiveKey { get; set; }

    /// <summary>The key whose HMAC fills the look-up columns (NikHash, PhoneHash); it never rotates (default: the active key).</summary>
    public string? LookupKey { get; set; }

    public string? KeyFile { get; set; }
}
