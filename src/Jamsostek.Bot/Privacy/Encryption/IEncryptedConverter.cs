namespace Jamsostek.Bot.Privacy.Encryption;

/// <summary>Marks the converters of encrypted columns: re-encryption and rotation find those columns by it.</summary>
public interface IEncryptedConverter;
