using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Jamsostek.Bot.Data.Encryption;

/// <summary>A birth date stored as encrypted ISO text (yyyy-MM-dd inside).</summary>
public sealed class EncryptedDateConverter(FieldCipher? cipher, string purpose) : ValueConverter<DateOnly, string>(
    v => Protect(cipher, v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), purpose),
    v => DateOnly.ParseExact(cipher == null ? v : cipher.Decrypt(v, purpose), "yyyy-MM-dd", CultureInfo.InvariantCulture)), IEncryptedConverter
{
    private static string Protect(FieldCipher? cipher, string text, string purpose) => cipher == null ? text : cipher.Encrypt(text, purpose);
}
