namespace Jamsostek.Bot.Data.Encryption;

/// <summary>Marks the converters of encrypted columns: re-encryption and rotation find those columns by it.</summary>
public interface IEncryptedConverter;
