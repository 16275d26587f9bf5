using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Jamsostek.Bot.Data.Encryption;

/// <summary>A personal text column stored encrypted; without a cipher (design time) it stores the text as is.</summary>
public sealed class EncryptedStringConverter(FieldCipher? cipher, string purpose) : ValueConverter<string, string>(
    v => cipher == null ? v : cipher.Encrypt(v, purpose),
    v => cipher == null ? v : cipher.Decrypt(v, purpose)), IEncryptedConverter;
