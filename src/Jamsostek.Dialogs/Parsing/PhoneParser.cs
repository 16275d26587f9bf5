using System.Text.RegularExpressions;

namespace Jamsostek.Dialogs.Parsing;

/// <summary>
/// Reads an Indonesian mobile number in any usual spelling and returns it as E.164 ("+6281234567890").
/// Only mobile numbers (8 after the country code) are taken: the bot reaches people by HP/WhatsApp.
/// </summary>
public static partial class PhoneParser
{
    private const string Example = "contoh 0812-3456-7890.";

    public static ParseResult<string> Parse(string input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return Fail("Nomor HP belum Anda ketik. Ketik nomor HP Anda, " + Example);
        }

        // "No HP: 0812..." is common; a label in front is fine, letters inside the number are not.
        var text = Label().Replace(input.Trim(), string.Empty);
        if (text.Length == 0 || text.Any(c => !char.IsAsciiDigit(c) && !" -.()+/".Contains(c, StringComparison.Ordinal)))
        {
            return Fail("Nomor HP hanya berisi angka, " + Example);
        }

        var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
        var plus = text.TrimStart().StartsWith('+');
        if (plus || digits.StartsWith("00", StringComparison.Ordinal))
        {
            var international = plus ? digits : digits[2..];
            if (!international.StartsWith("62", StringComparison.Ordinal))
            {
                return Fail("Saat ini kami hanya bisa menerima nomor HP Indonesia (diawali 08 atau +62), " + Example);
            }

            digits = international;
        }

        var national = digits switch
        {
            _ when digits.StartsWith("620", StringComparison.Ordinal) => digits[3..], // "+62 0812..." typed with the 0
            _ when digits.StartsWith("62", StringComparison.Ordinal) => digits[2..],
            _ when digits.StartsWith('0') => digits[1..],
            _ => digits,
        };

        if (!national.StartsWith('8'))
        {
            return Fail("Nomor HP biasanya diawali 08, " + Example);
        }

        var typed = national.Length + 1; // counted as people see it, with the leading 0
        if (national.Length < 9)
        {
            return Fail($"Nomor HP yang Anda ketik terlalu pendek ({typed} angka). Nomor HP biasanya 10-13 angka, " + Example);
        }

        if (national.Length > 12)
        {
            return Fail($"Nomor HP yang Anda ketik terlalu panjang ({typed} angka). Nomor HP biasanya 10-13 angka, " + Example);
        }

        return ParseResult<string>.Success("+62" + national);
    }

    private static ParseResult<string> Fail(string problem) => ParseResult<string>.Failure(problem);

    [GeneratedRegex(@"^(?:(?:no(?:mor)?|nmr|hp|wa|whatsapp|telp?|telepon|handphone)\b[\s.:]*)+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Label();
}
