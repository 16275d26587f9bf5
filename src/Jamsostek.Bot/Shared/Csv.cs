using System.Globalization;
using System.Text;
using CsvHelper;

namespace Jamsostek.Bot.Shared;

/// <summary>
/// RFC 4180 lines written by CsvHelper (quotes only where a comma, quote or line break needs them); a value a
/// spreadsheet would run as a formula (=, +, -, @, tab, CR) is prefixed with an apostrophe.
/// </summary>
/// <remarks>
/// The guard stays ours: CsvHelper's own escaping also quotes the field, which would change every export's bytes.
/// </remarks>
public static class Csv
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        FormatProvider = CultureInfo.InvariantCulture,
        ValidateFieldCount = false,
    };

    public static string Line(IEnumerable<string?> fields)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var writer = CsvWriter.Create(text, Options, leaveOpen: true))
        {
            writer.WriteRecord([.. fields.Select(Neutralised)]);
        }

        return text.ToString();
    }

    public static byte[] Utf8WithBom(string text) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)];

    private static string Neutralised(string? value) =>
        value is { Length: > 0 } && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value ?? string.Empty;
}
