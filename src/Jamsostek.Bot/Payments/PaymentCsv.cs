using System.Globalization;

namespace Jamsostek.Bot.Payments;

/// <summary>
/// Reads a payment file (header nik,kpj,months,amount,paid_at,reference) into payments, or the faults of its rows
/// by line number. paid_at is ISO-8601 (2026-05-05T10:00:00+08:00) or a date (2026-05-05, read as 00:00 WIB).
/// </summary>
public static class PaymentCsv
{
    public const string Header = "nik,kpj,months,amount,paid_at,reference";

    public static (IReadOnlyList<(int Line, PaymentInput Payment)> Rows, IReadOnlyList<string> Faults) Parse(string text)
    {
        var rows = new List<(int, PaymentInput)>();
        var faults = new List<string>();
        var lines = (text ?? string.Empty).TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length == 0 || !string.Equals(Normalize(lines[0]), Header, StringComparison.OrdinalIgnoreCase))
        {
            return (rows, [$"baris 1: kepala kolom harus \"{Header}\""]);
        }

        for (var i = 1; i < lines.Length; i++)
        {
            var number = i + 1;
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var cells = lines[i].Split(',').Select(c => c.Trim().Trim('"').Trim()).ToArray();
            var fault = cells.Length != 6 ? "harus 6 kolom"
                : cells[0].Length != 16 || !cells[0].All(char.IsAsciiDigit) ? "NIK harus 16 angka"
                : cells[1].Length != 11 || !cells[1].All(char.IsAsciiDigit) ? "KPJ harus 11 angka"
                : !int.TryParse(cells[2], NumberStyles.None, CultureInfo.InvariantCulture, out var months) || months is < 1 or > 12 ? "months harus 1 sampai 12"
                : !decimal.TryParse(cells[3], NumberStyles.None, CultureInfo.InvariantCulture, out var amount) || amount <= 0 ? "amount harus rupiah bulat lebih dari 0, tanpa titik (contoh 16800)"
                : ParseInstant(cells[4]) is null ? "paid_at harus tanggal ISO-8601 (contoh 2026-05-05 atau 2026-05-05T10:00:00+08:00)"
                : cells[5].Length is 0 or > 100 ? "reference kosong atau lebih dari 100 karakter"
                : null;
            if (fault is not null)
            {
                faults.Add($"baris {number.ToString(CultureInfo.InvariantCulture)}: {fault}");
                continue;
            }

            rows.Add((number, new PaymentInput(cells[0], cells[1], int.Parse(cells[2], CultureInfo.InvariantCulture), decimal.Parse(cells[3], CultureInfo.InvariantCulture), ParseInstant(cells[4])!.Value, cells[5])));
        }

        return (rows, faults);
    }

    private static string Normalize(string header) => string.Join(',', header.Split(',').Select(h => h.Trim().Trim('"')));

    private static DateTimeOffset? ParseInstant(string value)
    {
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(7));
        }

        return value.Contains('T', StringComparison.Ordinal)
            && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant) ? instant : null;
    }
}
