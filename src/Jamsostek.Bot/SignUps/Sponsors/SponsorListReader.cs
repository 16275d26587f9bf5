using System.Globalization;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Jamsostek.Bot.SignUps.Sponsors;

/// <summary>
/// Reads a beneficiary list as the regency keeps it: CSV (separator detected: , ; tab |) or the first sheet of an XLSX.
/// The header is the first of the top rows that names the required columns, so a title line above it is fine.
/// A file that cannot be read throws <see cref="InvalidDataException"/> with the reason in Indonesian.
/// </summary>
public static class SponsorListReader
{
    private const int HeaderSearchRows = 10;

    public static SponsorListFile Read(Stream content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(content);
        var rows = fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? ReadXlsx(content) : ReadCsv(content);
        var nonEmpty = rows.Where(r => r.Cells.Any(c => !string.IsNullOrWhiteSpace(c))).ToList();
        var headerAt = nonEmpty.Take(HeaderSearchRows).ToList()
            .FindIndex(r => SponsorListHeaders.Match(r.Cells).Count(c => c is { } k && SponsorListHeaders.Required.Contains(k)) >= 2);
        if (headerAt < 0)
        {
            throw new InvalidDataException("Baris judul kolom tidak ditemukan: perlu kolom NIK, Nama dan Desa/Kelurahan (juga Nomor HP dan Pekerjaan bila ada).");
        }

        var header = nonEmpty[headerAt].Cells;
        var file = new SponsorListFile(header, SponsorListHeaders.Match(header), nonEmpty.Skip(headerAt + 1).ToList());
        if (file.Missing.Count > 0)
        {
            throw new InvalidDataException($"Kolom {string.Join(", ", file.Missing.Select(SponsorListHeaders.Label))} tidak ada di baris judul (baris {nonEmpty[headerAt].Line}).");
        }

        return file;
    }

    private static List<SponsorListRow> ReadCsv(Stream content)
    {
        var rows = new List<SponsorListRow>();
        try
        {
            using var reader = CsvReader.Create(content, new CsvReaderOptions { HasHeader = false, TrackLineNumbers = true }, leaveOpen: true);
            while (reader.Read())
            {
                var cells = new string[reader.FieldCount];
                for (var i = 0; i < cells.Length; i++)
                {
                    cells[i] = reader.GetString(i);
                }

                rows.Add(new SponsorListRow((int)reader.LineNumber, cells));
            }
        }
        catch (CsvFormatException ex)
        {
            throw new InvalidDataException($"Berkas CSV tidak dapat dibaca: {ex.Message}", ex);
        }

        return rows;
    }

    private static List<SponsorListRow> ReadXlsx(Stream content)
    {
        try
        {
            using var document = SpreadsheetDocument.Open(content, isEditable: false);
            var workbook = document.WorkbookPart ?? throw new InvalidDataException("Berkas XLSX tidak berisi lembar kerja.");
            var first = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault()?.Id?.Value
                ?? throw new InvalidDataException("Berkas XLSX tidak berisi lembar kerja.");
            var sheet = (WorksheetPart)workbook.GetPartById(first);
            var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
            var rows = new List<SponsorListRow>();
            foreach (var row in sheet.Worksheet.Descendants<Row>())
            {
                var cells = new List<string>();
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = ColumnIndex(cell.CellReference?.Value) ?? cells.Count;
                    while (cells.Count < column)
                    {
                        cells.Add(string.Empty);
                    }

                    cells.Add(Text(cell, strings));
                }

                rows.Add(new SponsorListRow((int)(row.RowIndex?.Value ?? (uint)(rows.Count + 1)), cells));
            }

            return rows;
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or FileFormatException or InvalidOperationException or IOException)
        {
            throw new InvalidDataException("Berkas XLSX tidak dapat dibuka: simpan ulang dari Excel sebagai .xlsx atau .csv.", ex);
        }
    }

    private static string Text(Cell cell, string[] strings)
    {
        var raw = cell.CellValue?.Text ?? cell.InlineString?.InnerText ?? string.Empty;
        if (cell.DataType?.Value == CellValues.SharedString && int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            return index < strings.Length ? strings[index] : string.Empty;
        }

        // A NIK or phone typed as a number is stored as one ("6.30605520890001E+15" or "6306055208900010"): its digits back.
        if (cell.DataType is null && raw.Length > 0 && decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number == decimal.Truncate(number))
        {
            return number.ToString("0", CultureInfo.InvariantCulture);
        }

        return raw;
    }

    /// <summary>"C7" → 2.</summary>
    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return index - 1;
    }
}
